# How `docker run -p` reaches a container: the DOCKER chain's DNAT, the
# docker0 bridge, and MASQUERADE for the container's own traffic.
# Run: knetlab run scenarios/docker/publish-port.sh --world docker
docker run -d --name web -p 8080:80 nginx
docker ps
docker inspect -f '{{.NetworkSettings.IPAddress}}' web
ip -br link show master docker0
iptables -t nat -S DOCKER
iptables -t nat -S POSTROUTING
# From another machine on the LAN, through the published port.
# (quote the whole remote command: ssh joins its arguments for the remote shell)
ssh client "curl -s -o /dev/null -w '%{http_code}\n' http://192.168.1.10:8080"
conntrack -L -p tcp --dport 8080
# The container's own view.
docker exec web cat /etc/resolv.conf
docker run --rm busybox ip route
