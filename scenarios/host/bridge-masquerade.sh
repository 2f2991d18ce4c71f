# Namespaces behind a Linux bridge reach the LAN through the host: the
# bridge gets an address, the host forwards, and MASQUERADE hides the
# namespaces' source addresses.
# Run: knetlab run scenarios/host/bridge-masquerade.sh --world host
ip link add br0 type bridge
ip addr add 172.30.0.1/24 dev br0
ip link set br0 up
ip netns add app1
ip netns add app2
ip link add veth-app1 type veth peer name eth0 netns app1
ip link add veth-app2 type veth peer name eth0 netns app2
ip link set veth-app1 master br0 up
ip link set veth-app2 master br0 up
ip -n app1 addr add 172.30.0.11/24 dev eth0
ip -n app2 addr add 172.30.0.12/24 dev eth0
ip -n app1 link set eth0 up
ip -n app2 link set eth0 up
ip -n app1 route add default via 172.30.0.1
ip -n app2 route add default via 172.30.0.1
# Same bridge: no routing needed.
ip netns exec app1 ping -c 1 172.30.0.12
bridge fdb show br br0 | grep -v permanent
# The LAN has no route back to 172.30.0.0/24 and the host does not forward yet.
! ip netns exec app1 ping -c 1 -W 1 192.168.1.1
sysctl -w net.ipv4.ip_forward=1
iptables -t nat -A POSTROUTING -s 172.30.0.0/24 ! -o br0 -j MASQUERADE
ip netns exec app1 ping -c 1 192.168.1.1
iptables -t nat -L POSTROUTING -n -v
conntrack -L
