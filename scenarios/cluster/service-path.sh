# Follow a Service from its name to a pod: DNS, kube-proxy's NAT rules on a
# node, and the endpoints behind them.
# Run: knetlab run scenarios/cluster/service-path.sh --world cluster
kubectl create deployment web --image=nginx --replicas=2
kubectl expose deployment web --port=80
kubectl rollout status deployment web
kubectl get pods -l app=web -o wide
kubectl get endpointslices -l kubernetes.io/service-name=web
# The DNS debugging pod from the Kubernetes docs.
kubectl run dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --restart=Never -- sleep infinity
kubectl wait --for=condition=Ready pod/dnsutils
kubectl exec dnsutils -- cat /etc/resolv.conf
kubectl exec dnsutils -- nslookup web
kubectl exec dnsutils -- curl -s -o /dev/null -w '%{http_code}\n' http://web.default.svc.cluster.local
# What kube-proxy wrote for the Service, on every node.
ssh node01 'iptables -t nat -S KUBE-SERVICES | grep default/web'
ssh node01 'iptables -t nat -S | grep default/web'
# The path one request took: the DNS query, then the DNATed connection.
trace kubectl exec dnsutils -- curl -s -o /dev/null http://web | grep -E '^#|DNAT|=>'
