# Name resolution fails cluster-wide when CoreDNS has no ready endpoints:
# find out why from the client side, then from the Service, then fix it.
# Run: knetlab run scenarios/cluster/dns-outage.sh --world cluster
kubectl run dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --restart=Never -- sleep infinity
kubectl wait --for=condition=Ready pod/dnsutils
kubectl exec dnsutils -- nslookup kubernetes.default
kubectl -n kube-system scale deployment coredns --replicas=0
# CoreDNS keeps answering for its 5 s lameduck while it terminates.
kubectl -n kube-system get pods -l k8s-app=kube-dns
kubectl -n kube-system wait --for=delete pod -l k8s-app=kube-dns --timeout=60s
# The query still goes to the Service address, but nothing answers behind it.
! kubectl exec dnsutils -- nslookup -timeout=2 kubernetes.default
kubectl -n kube-system get endpoints kube-dns
ssh node01 'iptables -t filter -S KUBE-SERVICES | grep kube-dns'
kubectl -n kube-system scale deployment coredns --replicas=2
kubectl -n kube-system rollout status deployment coredns
kubectl -n kube-system get endpointslices -l kubernetes.io/service-name=kube-dns
kubectl exec dnsutils -- nslookup kubernetes.default
