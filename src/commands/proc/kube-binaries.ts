/**
 * The kubelet and kubeadm binaries a kubeadm node has in /usr/bin (they
 * exist only where those files are). `kubelet --version` and `kubeadm
 * version`; kubelet run by hand goes through the same start checks as under
 * systemd (flags, --config, client CA, kubeconfig) and, with the node's
 * kubelet already serving, stops where the real one does: its port is taken.
 */
import { checkKubeletStart, klogLine } from '../../kube/daemon-start.js';
import { serviceActive } from '../../kube/node-services.js';
import { serverVersionInfo } from '../../kube/version.js';
import type { World } from '../../model/types.js';
import type { CommandDef } from '../../shell/types.js';
import { goJson } from '../kubectl/go-json.js';
import { toGoYaml } from '../kubectl/go-yaml.js';

const kubelet: CommandDef = {
  name: 'kubelet',
  path: '/usr/bin/kubelet',
  requiresFile: true,
  run: (p) => {
    const args = p.argv.slice(1);
    const world = p.ctx.world;
    const version = args.find((a) => a === '--version' || a.startsWith('--version='));
    if (version) {
      const v = serverVersionInfo(world).gitVersion as string;
      p.out(
        version === '--version=raw' ? `${JSON.stringify(serverVersionInfo(world))}\n` : `Kubernetes ${v}\n`,
      );
      return 0;
    }
    const t = world.clock.now;
    const pid = 90000 + (t % 9000);
    const check = checkKubeletStart(p.ctx.host, p.argv, t, pid);
    p.err(check.logs.map((l) => `${l}\n`).join(''));
    if (!check.ok) return check.status;
    if (serviceActive(world, p.ctx.host.name, 'kubelet')) {
      p.err(
        `${klogLine('E', t, pid, 9, 'server.go:1218', '"Failed to listen and serve" err="listen tcp 0.0.0.0:10250: bind: address already in use"')}\n`,
      );
      return 1;
    }
    p.err('knetlab: a kubelet in the foreground is not modelled; start it with systemctl start kubelet\n');
    return 1;
  },
};

function kubeadmVersion(world: World, o: string | undefined): string | null {
  const v = serverVersionInfo(world);
  const info = {
    major: v.major,
    minor: v.minor,
    gitVersion: v.gitVersion,
    gitCommit: v.gitCommit,
    gitTreeState: v.gitTreeState,
    buildDate: v.buildDate,
    goVersion: v.goVersion,
    compiler: v.compiler,
    platform: v.platform,
  };
  if (o === undefined || o === '')
    return `kubeadm version: &version.Info{Major:"${info.major}", Minor:"${info.minor}", GitVersion:"${info.gitVersion}", GitCommit:"${info.gitCommit}", GitTreeState:"${info.gitTreeState}", BuildDate:"${info.buildDate}", GoVersion:"${info.goVersion}", Compiler:"${info.compiler}", Platform:"${info.platform}"}\n`;
  if (o === 'short') return `${info.gitVersion}\n`;
  if (o === 'json') return `${goJson({ clientVersion: info }, false, '  ')}\n`;
  if (o === 'yaml') return `${toGoYaml({ clientVersion: info })}\n`;
  return null;
}

const kubeadm: CommandDef = {
  name: 'kubeadm',
  path: '/usr/bin/kubeadm',
  requiresFile: true,
  run: (p) => {
    const args = p.argv.slice(1);
    if (args[0] === 'version') {
      let o: string | undefined;
      for (let i = 1; i < args.length; i++) {
        const a = args[i] as string;
        if (a === '-o' || a === '--output') o = args[++i] ?? '';
        else if (a.startsWith('--output=')) o = a.slice(9);
        else if (a.startsWith('-o')) o = a.slice(2).replace(/^=/, '');
        else {
          p.err(`unknown flag: ${a}\nTo see the stack trace of this error execute with --v=5 or higher\n`);
          return 1;
        }
      }
      const text = kubeadmVersion(p.ctx.world, o);
      if (text === null) {
        p.err(
          `error: invalid output format: ${o}\nTo see the stack trace of this error execute with --v=5 or higher\n`,
        );
        return 1;
      }
      p.out(text);
      return 0;
    }
    p.err(`knetlab: kubeadm ${args[0] ?? ''} is not modelled (kubeadm version is)\n`);
    return 1;
  },
};

export const KUBE_BINARIES: CommandDef[] = [kubelet, kubeadm];
