# Two namespaces on different subnets, joined by a third that routes.
# Run: knetlab run scenarios/host/router-namespace.sh --world host
ip netns add red
ip netns add blue
ip netns add router
ip link add veth-red netns red type veth peer name r-red netns router
ip link add veth-blue netns blue type veth peer name r-blue netns router
ip -n red addr add 10.10.1.2/24 dev veth-red
ip -n blue addr add 10.10.2.2/24 dev veth-blue
ip -n router addr add 10.10.1.1/24 dev r-red
ip -n router addr add 10.10.2.1/24 dev r-blue
for ns in red blue router; do ip -n $ns link set lo up; done
ip -n red link set veth-red up
ip -n blue link set veth-blue up
ip -n router link set r-red up
ip -n router link set r-blue up
# Without a route, red cannot even send.
! ip netns exec red ping -c 1 -W 1 10.10.2.2
ip -n red route add default via 10.10.1.1
ip -n blue route add default via 10.10.2.1
# Routes exist, but the router does not forward yet (ip_forward is 0 in a new namespace).
ip netns exec router sysctl net.ipv4.ip_forward
! ip netns exec red ping -c 1 -W 1 10.10.2.2
ip netns exec router sysctl -w net.ipv4.ip_forward=1
ip netns exec red ping -c 2 10.10.2.2
ip netns exec red traceroute -n 10.10.2.2
ip -n router neigh show
