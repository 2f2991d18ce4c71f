/**
 * bridge + host-local without an add-on: containerd's sample
 * 10-containerd-net.conflist (fact sheet §7.2) put on every node by hand.
 * Every node hands out 10.88.0.0/16 from its own cni0, so pods on
 * different nodes can get the same address and cannot reach each other:
 * nothing routes one node's pod range to another.
 */
import type { Host } from '../../model/types.js';

export const CONTAINERD_NET_CONFLIST = `{
  "cniVersion": "1.0.0",
  "name": "containerd-net",
  "plugins": [
    {
      "type": "bridge",
      "bridge": "cni0",
      "isGateway": true,
      "ipMasq": true,
      "promiscMode": true,
      "ipam": {
        "type": "host-local",
        "ranges": [
          [{
            "subnet": "10.88.0.0/16"
          }],
          [{
            "subnet": "2001:4860:4860::/64"
          }]
        ],
        "routes": [
          { "dst": "0.0.0.0/0" },
          { "dst": "::/0" }
        ]
      }
    },
    {
      "type": "portmap",
      "capabilities": {"portMappings": true}
    }
  ]
}
`;

/** What an administrator does on each node before kubeadm: the sample config in place. */
export function installContainerdNet(host: Host): void {
  host.fs.put('/etc/cni/net.d/10-containerd-net.conflist', CONTAINERD_NET_CONFLIST);
}
