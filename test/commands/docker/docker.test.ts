/**
 * The seed walkthrough on the `docker` world, against what a real engine
 * printed (test/commands/docker/captures: dockerd 20.10.24 with the 28.2.2
 * CLI and iptables 1.8.9 nf_tables on Debian 12; ids, MACs and times are
 * normalised by `norm`).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../helpers.js';
import { dockerSession, norm } from './docker-helpers.js';

const BASE_FILTER = `*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER - [0:0]
:DOCKER-ISOLATION-STAGE-1 - [0:0]
:DOCKER-ISOLATION-STAGE-2 - [0:0]
:DOCKER-USER - [0:0]
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-ISOLATION-STAGE-1
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A FORWARD -i docker0 -o docker0 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -j RETURN
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -j RETURN
-A DOCKER-USER -j RETURN
COMMIT
`;

const BASE_NAT = `*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:DOCKER - [0:0]
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A DOCKER -i docker0 -j RETURN
COMMIT
`;

function save(text: string): string {
  return text.replace(/^# .*\n/gm, '');
}

describe('docker on a fresh host', () => {
  it('lists the predefined networks', () => {
    const s = dockerSession();
    const r = run(s, 'docker network ls');
    expect(norm(r.out)).toBe(
      'NETWORK ID     NAME      DRIVER    SCOPE\n<id12>   bridge    bridge    local\n<id12>   host      host      local\n<id12>   none      null      local\n',
    );
  });

  it('has docker0 without carrier until a container attaches', () => {
    const s = dockerSession();
    expect(norm(run(s, 'ip link show docker0').out)).toBe(
      '3: docker0: <NO-CARRIER,BROADCAST,MULTICAST,UP> mtu 1500 qdisc noqueue state DOWN mode DEFAULT group default \n    link/ether <mac> brd ff:ff:ff:ff:ff:ff\n',
    );
    expect(run(s, 'ip link show docker0').out).toMatch(/link\/ether 02:42:/);
    expect(run(s, 'ip route').out).toBe(
      'default via 192.168.1.1 dev eth0 \n172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 linkdown \n192.168.1.0/24 dev eth0 proto kernel scope link src 192.168.1.10 \n',
    );
    expect(norm(run(s, 'brctl show').out)).toBe(
      'bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.<mac>\tno\t\t\n',
    );
  });

  it('writes the chains and rules dockerd writes at start', () => {
    const s = dockerSession();
    expect(save(run(s, 'iptables-save').out)).toBe(BASE_FILTER + BASE_NAT);
    expect(run(s, 'iptables -t nat -L -n -v').out).toBe(
      `Chain PREROUTING (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    0     0 DOCKER     0    --  *      *       0.0.0.0/0            0.0.0.0/0            ADDRTYPE match dst-type LOCAL

Chain INPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         

Chain OUTPUT (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    0     0 DOCKER     0    --  *      *       0.0.0.0/0           !127.0.0.0/8          ADDRTYPE match dst-type LOCAL

Chain POSTROUTING (policy ACCEPT 0 packets, 0 bytes)
 pkts bytes target     prot opt in     out     source               destination         
    0     0 MASQUERADE  0    --  *      !docker0  172.17.0.0/16        0.0.0.0/0           

Chain DOCKER (2 references)
 pkts bytes target     prot opt in     out     source               destination         
    0     0 RETURN     0    --  docker0 *       0.0.0.0/0            0.0.0.0/0           
`,
    );
  });

  it('inspects the default bridge as the daemon prints it', () => {
    const s = dockerSession();
    expect(norm(run(s, 'docker network inspect bridge').out)).toBe(`[
    {
        "Name": "bridge",
        "Id": "<id64>",
        "Created": "<time>",
        "Scope": "local",
        "Driver": "bridge",
        "EnableIPv6": false,
        "IPAM": {
            "Driver": "default",
            "Options": null,
            "Config": [
                {
                    "Subnet": "172.17.0.0/16"
                }
            ]
        },
        "Internal": false,
        "Attachable": false,
        "Ingress": false,
        "ConfigFrom": {
            "Network": ""
        },
        "ConfigOnly": false,
        "Containers": {},
        "Options": {
            "com.docker.network.bridge.default_bridge": "true",
            "com.docker.network.bridge.enable_icc": "true",
            "com.docker.network.bridge.enable_ip_masquerade": "true",
            "com.docker.network.bridge.host_binding_ipv4": "0.0.0.0",
            "com.docker.network.bridge.name": "docker0",
            "com.docker.network.driver.mtu": "1500"
        },
        "Labels": {}
    }
]
`);
  });
});

describe('two alpine containers on docker0', () => {
  function two() {
    const s = dockerSession();
    for (const n of ['c1', 'c2']) {
      const r = run(s, `docker run -d --name ${n} alpine sleep 1000`);
      expect(r.exit).toBe(0);
      expect(r.out).toMatch(/^[0-9a-f]{64}\n$/);
    }
    return s;
  }

  it('shows them in docker ps, newest first', () => {
    const s = two();
    expect(norm(run(s, 'docker ps').out)).toBe(
      `CONTAINER ID   IMAGE     COMMAND        CREATED                  STATUS                  PORTS     NAMES
<id12>   alpine    "sleep 1000"   Less than a second ago   Up Less than a second             c2
<id12>   alpine    "sleep 1000"   Less than a second ago   Up Less than a second             c1
`,
    );
  });

  it('plugs a veth per container into docker0', () => {
    const s = two();
    expect(norm(run(s, 'ip link show master docker0').out)).toBe(
      `5: veth<x>@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default 
    link/ether <mac> brd ff:ff:ff:ff:ff:ff link-netnsid 0
7: veth<x>@if6: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master docker0 state UP mode DEFAULT group default 
    link/ether <mac> brd ff:ff:ff:ff:ff:ff link-netnsid 1
`,
    );
    const br = norm(run(s, 'brctl show').out);
    expect(br).toBe(
      'bridge name\tbridge id\t\tSTP enabled\tinterfaces\ndocker0\t\t8000.<mac>\tno\t\tveth<x>\n\t\t\t\t\t\t\tveth<x>\n',
    );
    expect(run(s, 'ip route').out).toContain(
      '172.17.0.0/16 dev docker0 proto kernel scope link src 172.17.0.1 \n',
    );
  });

  it('gives each container eth0@ifN with an address from the bridge IPAM', () => {
    const s = two();
    const addr = run(s, 'docker exec c1 ip addr show eth0').out;
    // BusyBox ip looks the peer's index up in the container's namespace: none there, so M-DOWN
    expect(addr).toMatch(/^4: eth0@if5: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN>/);
    expect(addr).toContain('link/ether 02:42:ac:11:00:02 brd ff:ff:ff:ff:ff:ff');
    expect(addr).toContain('inet 172.17.0.2/16 brd 172.17.255.255 scope global eth0');
    expect(run(s, 'docker exec c1 ip route').out).toMatch(
      /^default via 172\.17\.0\.1 dev eth0 \n172\.17\.0\.0\/16 dev eth0 .*src 172\.17\.0\.2 \n$/,
    );
    expect(run(s, 'docker exec c2 cat /etc/hosts').out).toMatch(
      /^127\.0\.0\.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n172\.17\.0\.3\t[0-9a-f]{12}\n$/,
    );
    expect(run(s, 'docker exec c1 cat /etc/resolv.conf').out).toBe('nameserver 192.168.1.1\n');
  });

  it('lets them ping each other through the bridge', () => {
    const s = two();
    const r = run(s, 'docker exec c1 ping -c1 172.17.0.3');
    expect(r.exit).toBe(0);
    expect(r.out).toContain('1 packets transmitted, 1 packets received, 0% packet loss');
    // no embedded DNS on the default bridge
    expect(run(s, 'docker exec c1 ping -c1 c2').exit).not.toBe(0);
  });

  it('lists them in the network and in docker inspect', () => {
    const s = two();
    const net = JSON.parse(run(s, 'docker network inspect bridge').out);
    const eps = Object.values(net[0].Containers) as Array<Record<string, string>>;
    expect(eps.map((e) => [e.Name, e.MacAddress, e.IPv4Address, e.IPv6Address])).toEqual([
      ['c1', '02:42:ac:11:00:02', '172.17.0.2/16', ''],
      ['c2', '02:42:ac:11:00:03', '172.17.0.3/16', ''],
    ]);
    const c = JSON.parse(run(s, 'docker inspect c1').out)[0];
    expect(Object.keys(c.NetworkSettings)).toEqual([
      'Bridge',
      'SandboxID',
      'HairpinMode',
      'LinkLocalIPv6Address',
      'LinkLocalIPv6PrefixLen',
      'Ports',
      'SandboxKey',
      'SecondaryIPAddresses',
      'SecondaryIPv6Addresses',
      'EndpointID',
      'Gateway',
      'GlobalIPv6Address',
      'GlobalIPv6PrefixLen',
      'IPAddress',
      'IPPrefixLen',
      'IPv6Gateway',
      'MacAddress',
      'Networks',
    ]);
    expect(c.NetworkSettings.IPAddress).toBe('172.17.0.2');
    expect(c.NetworkSettings.Networks.bridge.Gateway).toBe('172.17.0.1');
    expect(c.Name).toBe('/c1');
    expect(run(s, "docker inspect -f '{{.NetworkSettings.IPAddress}}' c2").out).toBe('172.17.0.3\n');
  });

  it('takes the network down again when the last container goes', () => {
    const s = two();
    expect(run(s, 'docker rm -f c1 c2').out).toBe('c1\nc2\n');
    expect(run(s, 'ip -br link show docker0').out).toMatch(/^docker0 +DOWN/);
    expect(run(s, 'ip link show type veth').out).toBe('');
    expect(run(s, 'docker ps -a').out).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
  });
});

describe('publishing a port', () => {
  function web() {
    const s = dockerSession();
    for (const l of [
      'docker run -d --name c1 alpine sleep 1000',
      'docker run -d --name c2 alpine sleep 1000',
    ])
      run(s, l);
    expect(run(s, 'docker run -d --name web -p 8080:80 nginx').exit).toBe(0);
    return s;
  }

  it('writes DNAT, hairpin MASQUERADE and the ACCEPT in DOCKER', () => {
    const s = web();
    expect(save(run(s, 'iptables-save').out)).toBe(
      BASE_FILTER.replace(
        '-A DOCKER-ISOLATION-STAGE-1 -i',
        '-A DOCKER -d 172.17.0.4/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT\n-A DOCKER-ISOLATION-STAGE-1 -i',
      ) +
        BASE_NAT.replace(
          '-A DOCKER -i docker0 -j RETURN\n',
          '-A POSTROUTING -s 172.17.0.4/32 -d 172.17.0.4/32 -p tcp -m tcp --dport 80 -j MASQUERADE\n-A DOCKER -i docker0 -j RETURN\n-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.4:80\n',
        ),
    );
    expect(run(s, 'iptables -L DOCKER -n -v').out).toBe(
      'Chain DOCKER (1 references)\n pkts bytes target     prot opt in     out     source               destination         \n    0     0 ACCEPT     6    --  !docker0 docker0  0.0.0.0/0            172.17.0.4           tcp dpt:80\n',
    );
  });

  it('shows the binding in docker ps and docker port', () => {
    const s = web();
    expect(norm(run(s, 'docker ps').out)).toBe(
      `CONTAINER ID   IMAGE     COMMAND                  CREATED                  STATUS                  PORTS                                     NAMES
<id12>   nginx     "/docker-entrypoint.…"   Less than a second ago   Up Less than a second   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web
<id12>   alpine    "sleep 1000"             Less than a second ago   Up Less than a second                                             c2
<id12>   alpine    "sleep 1000"             Less than a second ago   Up Less than a second                                             c1
`,
    );
    expect(run(s, 'docker port web').out).toBe('80/tcp -> 0.0.0.0:8080\n80/tcp -> [::]:8080\n');
    expect(run(s, "docker inspect -f '{{json .NetworkSettings.Ports}}' web").out).toBe(
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"}]}\n',
    );
  });

  it('refuses a second binding of the same host port', () => {
    const s = web();
    const r = run(s, 'docker run -d --name x3 -p 8080:80 nginx');
    expect(r.exit).toBe(125);
    expect(norm(r.out)).toBe('<id64>\n');
    expect(norm(r.err)).toBe(
      "docker: Error response from daemon: driver failed programming external connectivity on endpoint x3 (<id64>): Bind for 0.0.0.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n",
    );
    expect(run(s, 'docker ps -a --filter name=x3').out).toContain('Created');
  });
});

describe('a user-defined network', () => {
  function net() {
    const s = dockerSession();
    expect(run(s, 'docker network create --subnet 10.10.0.0/24 mynet').out).toMatch(/^[0-9a-f]{64}\n$/);
    run(s, 'docker run -d --name c3 --network mynet alpine sleep 1000');
    run(s, 'docker run -d --name c4 --network mynet alpine sleep 1000');
    return s;
  }

  it('gets its bridge and rules above docker0', () => {
    const s = net();
    const id = run(s, 'docker network ls -q --filter name=mynet').out;
    void id;
    expect(norm(save(run(s, 'iptables-save -t filter').out))).toBe(
      BASE_FILTER.replace(
        '-A FORWARD -o docker0 -m conntrack',
        '-A FORWARD -o br-<id> -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n-A FORWARD -o br-<id> -j DOCKER\n-A FORWARD -i br-<id> ! -o br-<id> -j ACCEPT\n-A FORWARD -i br-<id> -o br-<id> -j ACCEPT\n-A FORWARD -o docker0 -m conntrack',
      )
        .replace(
          '-A DOCKER-ISOLATION-STAGE-1 -i docker0',
          '-A DOCKER-ISOLATION-STAGE-1 -i br-<id> ! -o br-<id> -j DOCKER-ISOLATION-STAGE-2\n-A DOCKER-ISOLATION-STAGE-1 -i docker0',
        )
        .replace(
          '-A DOCKER-ISOLATION-STAGE-2 -o docker0',
          '-A DOCKER-ISOLATION-STAGE-2 -o br-<id> -j DROP\n-A DOCKER-ISOLATION-STAGE-2 -o docker0',
        ),
    );
    expect(norm(save(run(s, 'iptables-save -t nat').out))).toContain(
      '-A POSTROUTING -s 10.10.0.0/24 ! -o br-<id> -j MASQUERADE\n-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE\n-A DOCKER -i br-<id> -j RETURN\n-A DOCKER -i docker0 -j RETURN\n',
    );
    expect(norm(run(s, 'ip route').out)).toContain(
      '10.10.0.0/24 dev br-<id> proto kernel scope link src 10.10.0.1 \n',
    );
  });

  it('resolves container names with the embedded DNS server', () => {
    const s = net();
    expect(run(s, 'docker exec c3 cat /etc/resolv.conf').out).toBe(
      'nameserver 127.0.0.11\noptions ndots:0\n',
    );
    const r = run(s, 'docker exec c3 nslookup c4');
    expect(r.out).toBe(
      'Server:\t\t127.0.0.11\nAddress:\t127.0.0.11:53\n\nNon-authoritative answer:\nName:\tc4\nAddress: 10.10.0.3\n\nNon-authoritative answer:\n\n',
    );
    expect(run(s, 'docker exec c3 ping -c1 c4').exit).toBe(0);
  });

  it('is inspected with its containers', () => {
    const s = net();
    const j = JSON.parse(run(s, 'docker network inspect mynet').out)[0];
    expect(j.IPAM).toEqual({ Driver: 'default', Options: {}, Config: [{ Subnet: '10.10.0.0/24' }] });
    expect(j.Options).toEqual({});
    expect(Object.values(j.Containers).map((c) => (c as { IPv4Address: string }).IPv4Address)).toEqual([
      '10.10.0.2/24',
      '10.10.0.3/24',
    ]);
  });

  it('keeps the default bridge isolated from it', () => {
    const s = net();
    run(s, 'docker run -d --name c1 alpine sleep 1000');
    expect(run(s, 'docker exec c1 ping -c1 -W1 10.10.0.2').exit).toBe(1);
  });
});

describe('docker errors', () => {
  const CASES: Array<[string, string, string, number]> = [
    [
      'docker run -d --name c1 alpine sleep 1',
      '',
      `docker: Error response from daemon: Conflict. The container name "/c1" is already in use by container "<id64>". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`,
      125,
    ],
    [
      'docker run -d --name x2 Alpine',
      '',
      "docker: invalid reference format: repository name (library/Alpine) must be lowercase\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -d --name x1 nosuchimage',
      '',
      "Unable to find image 'nosuchimage:latest' locally\ndocker: Error response from daemon: pull access denied for nosuchimage, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -d --name a alpine',
      '',
      "docker: Error response from daemon: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -d --name x4 -p 70000:80 nginx',
      '',
      "docker: invalid hostPort: 70000\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run -d --name x5 -p abc nginx',
      '',
      "docker: invalid containerPort: abc\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'docker run',
      '',
      "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
      1,
    ],
    ['docker rm -f nosuch', '', 'Error response from daemon: No such container: nosuch\n', 0],
    [
      'docker rm c1',
      '',
      'Error response from daemon: You cannot remove a running container <id64>. Stop the container before attempting removal or force remove\n',
      1,
    ],
    ['docker exec nosuch ip addr', '', 'Error response from daemon: No such container: nosuch\n', 1],
    [
      'docker exec c1 nosuchcmd',
      'OCI runtime exec failed: exec failed: unable to start container process: exec: "nosuchcmd": executable file not found in $PATH: unknown\n',
      '',
      126,
    ],
    [
      'docker network create mynet',
      '',
      'Error response from daemon: network with name mynet already exists\n',
      1,
    ],
    [
      'docker network create --subnet 10.10.0.0/24 other',
      '',
      'Error response from daemon: Pool overlaps with other one on this address space\n',
      1,
    ],
    [
      'docker network create --subnet 10.10.0.0/33 bad',
      '',
      'Error response from daemon: Invalid subnet 10.10.0.0/33 : invalid CIDR address: 10.10.0.0/33\n',
      1,
    ],
    ['docker network inspect nosuch', '[]\n', 'Error response from daemon: network nosuch not found\n', 1],
    [
      'docker network rm mynet',
      '',
      'Error response from daemon: error while removing network: network mynet id <id64> has active endpoints\nexit status 1\n',
      1,
    ],
    [
      'docker network rm bridge',
      '',
      'Error response from daemon: bridge is a pre-defined network and cannot be removed\nexit status 1\n',
      1,
    ],
    ['docker inspect nosuch', '[]\n', 'Error: No such object: nosuch\n', 1],
    [
      'docker foo',
      '',
      "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n",
      1,
    ],
    [
      'docker network foo',
      '',
      "docker: unknown command: docker network foo\n\nUsage:  docker network\n\nRun 'docker network --help' for more information\n",
      1,
    ],
    [
      'docker ps --foo',
      '',
      "unknown flag: --foo\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      125,
    ],
  ];
  for (const [line, out, err, exit] of CASES)
    it(line, () => {
      const s = dockerSession();
      run(s, 'docker run -d --name c1 alpine sleep 1000');
      run(s, 'docker network create --subnet 10.10.0.0/24 mynet');
      run(s, 'docker run -d --name c3 --network mynet alpine sleep 1000');
      const r = run(s, line);
      expect([norm(r.out), norm(r.err), r.exit]).toEqual([out, err, exit]);
    });

  it('a container whose network does not exist stays Created', () => {
    const s = dockerSession();
    const r = run(s, 'docker run -d --name y1 --network nosuch alpine sleep 1');
    expect([norm(r.out), r.err, r.exit]).toEqual([
      '<id64>\n',
      "docker: Error response from daemon: network nosuch not found\n\nRun 'docker run --help' for more information\n",
      125,
    ]);
    expect(run(s, 'docker ps -a').out).toMatch(/"sleep 1"\s+Less than a second ago\s+Created\s+y1\n/);
  });

  it('an image without a long-running command exits at once', () => {
    const s = dockerSession();
    run(s, 'docker run -d --name e1 alpine');
    expect(norm(run(s, 'docker ps -a --filter name=e1').out)).toBe(
      'CONTAINER ID   IMAGE     COMMAND     CREATED                  STATUS                              PORTS     NAMES\n<id12>   alpine    "/bin/sh"   Less than a second ago   Exited (0) Less than a second ago             e1\n',
    );
  });

  it('none of it exists on a host without Docker', () => {
    const s = dockerSession();
    run(s, 'ssh client');
    expect(run(s, 'docker ps')).toEqual({ out: '', err: 'bash: docker: command not found\n', exit: 127 });
  });
});
