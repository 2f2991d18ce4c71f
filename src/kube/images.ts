/**
 * The image catalogue: what a container of each image runs — its userland
 * (GNU or BusyBox, which programs exist), the sockets its main process
 * listens on and the application answering there, and the lines it logs
 * when it starts. Unknown images behave like a generic web app. Which
 * references can be pulled at all (repositories and tags the registries
 * have) is the registry model of image-registry.ts.
 */
import { isoTime } from './store.js';

export { type PullResult, parseReference, pullImage } from './image-registry.js';

export interface ImageListener {
  proto: 'tcp' | 'udp';
  port: number;
  app: string;
  config?: Record<string, unknown>;
}

export interface ImageSpec {
  /** Short name used in messages and processes. */
  name: string;
  userland: 'gnu' | 'busybox' | 'none';
  /** Programs on the PATH; undefined: every program knetlab knows. */
  commands?: readonly string[];
  listens: ImageListener[];
  /** Main process command line as ps shows it. */
  process: string;
  /** Lines written to the container log at start (clock ms given). */
  startLogs(now: number, ctx: { podName: string; kernel: string }): string[];
  /** Whether the default command keeps running (busybox without a command exits). */
  longRunning: boolean;
  /** Listeners that depend on the container's arguments and environment (replaces `listens`). */
  listensFor?(argv: string[], env: Record<string, string>): ImageListener[];
  /** The image's USER as a uid (absent: root). */
  user?: string;
  /** From the stop signal until kubelet sees the main process gone (absent: about a second). */
  stopMs?: number;
  /** The BIND release of the image's dig/nslookup/host when it is not the current Debian's 9.18. */
  bindVersion?: string;
  /** The entrypoint refuses to start with this environment (database images without a password): its log and status. */
  refuses?(env: Record<string, string>, now: number): { exitCode: number; logs: string[] } | null;
}

/** docker-library's mysql entrypoint without one of its password variables. */
function mysqlRefuses(env: Record<string, string>, now: number): { exitCode: number; logs: string[] } | null {
  if (env.MYSQL_ROOT_PASSWORD || env.MYSQL_ALLOW_EMPTY_PASSWORD || env.MYSQL_RANDOM_ROOT_PASSWORD)
    return null;
  const t = `${isoTime(now).replace('T', ' ').replace('Z', '')}+00:00`;
  return {
    exitCode: 1,
    logs: [
      `${t} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.`,
      `${t} [Note] [Entrypoint]: Switching to dedicated user 'mysql'`,
      `${t} [Note] [Entrypoint]: Entrypoint script for MySQL Server 8.0.40-1.el9 started.`,
      `${t} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified`,
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ],
  };
}

/** docker-library's postgres entrypoint without POSTGRES_PASSWORD (or trust authentication). */
function postgresRefuses(env: Record<string, string>): { exitCode: number; logs: string[] } | null {
  if (env.POSTGRES_PASSWORD || env.POSTGRES_HOST_AUTH_METHOD === 'trust') return null;
  return {
    exitCode: 1,
    logs: [
      'Error: Database is uninitialized and superuser password is not specified.',
      '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
      '',
      '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
      '       connections without a password. This is *not* recommended.',
      '',
      '       See PostgreSQL documentation about "trust":',
      '       https://www.postgresql.org/docs/current/auth-trust.html',
    ],
  };
}

const SHELL_BASICS = [
  'sh',
  'cat',
  'echo',
  'ls',
  'env',
  'printenv',
  'hostname',
  'sleep',
  'true',
  'false',
  'printf',
  'id',
  'whoami',
  'uname',
  'mkdir',
  'rm',
  'touch',
  'cp',
  'mv',
  'head',
  'tail',
  'grep',
  'sed',
  'awk',
  'sort',
  'uniq',
  'wc',
  'cut',
  'tr',
  'tee',
  'date',
  'basename',
  'dirname',
  'seq',
  'xargs',
  'timeout',
  'kill',
];

export const BUSYBOX_COMMANDS: readonly string[] = [
  ...SHELL_BASICS,
  'ip',
  'ping',
  'nslookup',
  'wget',
  'nc',
  'netstat',
  'route',
  'arp',
  'traceroute',
  'ifconfig',
  'telnet',
  'hostname',
  'sysctl',
  'ps',
  'pgrep',
  'pkill',
  'pidof',
];

const DEBIAN_SLIM = [...SHELL_BASICS, 'bash'];

function nginxLogs(now: number, ctx: { kernel: string }): string[] {
  const t = isoTime(now).replace(/-/g, '/').replace('T', ' ').replace('Z', '');
  return [
    '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
    '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
    '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
    '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
    '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
    '/docker-entrypoint.sh: Configuration complete; ready for start up',
    `${t} [notice] 1#1: using the "epoll" event method`,
    `${t} [notice] 1#1: nginx/1.27.3`,
    `${t} [notice] 1#1: built by gcc 12.2.0 (Debian 12.2.0-14) `,
    `${t} [notice] 1#1: OS: Linux ${ctx.kernel}`,
    `${t} [notice] 1#1: getrlimit(RLIMIT_NOFILE): 1048576:1048576`,
    `${t} [notice] 1#1: start worker processes`,
    `${t} [notice] 1#1: start worker process 29`,
    `${t} [notice] 1#1: start worker process 30`,
  ];
}

const NGINX_BODY =
  '<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\nbody { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\nworking. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n<a href="http://nginx.com/">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

const none = () => [];

const CATALOGUE: Array<{ test: RegExp; spec: ImageSpec }> = [
  {
    test: /(^|\/)nginx(:|$)/,
    spec: {
      name: 'nginx',
      userland: 'gnu',
      commands: [...DEBIAN_SLIM, 'curl', 'nginx'],
      listens: [
        {
          proto: 'tcp',
          port: 80,
          app: 'http',
          config: { server: 'nginx/1.27.3', body: NGINX_BODY, accessLog: 'nginx' },
        },
      ],
      process: 'nginx: master process nginx -g daemon off;',
      startLogs: nginxLogs,
      longRunning: true,
    },
  },
  {
    test: /(^|\/)httpd(:|$)/,
    spec: {
      name: 'httpd',
      userland: 'gnu',
      commands: [...DEBIAN_SLIM, 'httpd'],
      listens: [
        {
          proto: 'tcp',
          port: 80,
          app: 'http',
          config: {
            server: 'Apache/2.4.62 (Unix)',
            body: '<html><body><h1>It works!</h1></body></html>\n',
            accessLog: 'apache',
          },
        },
      ],
      process: 'httpd -DFOREGROUND',
      startLogs: none,
      longRunning: true,
    },
  },
  {
    test: /(^|\/)(busybox)(:|$)/,
    spec: {
      name: 'busybox',
      userland: 'busybox',
      commands: BUSYBOX_COMMANDS,
      listens: [],
      process: 'sh',
      startLogs: none,
      longRunning: false,
    },
  },
  {
    test: /(^|\/)alpine(:|$)/,
    spec: {
      name: 'alpine',
      userland: 'busybox',
      commands: [...BUSYBOX_COMMANDS, 'apk'],
      listens: [],
      process: '/bin/sh',
      startLogs: none,
      longRunning: false,
    },
  },
  {
    test: /(^|\/)curl(:|$)|curlimages/,
    spec: {
      name: 'curl',
      userland: 'busybox',
      commands: [...BUSYBOX_COMMANDS, 'curl'],
      listens: [],
      process: 'curl',
      startLogs: none,
      longRunning: false,
    },
  },
  {
    // the Kubernetes e2e image on Debian jessie: BIND 9.9's tools
    test: /jessie-dnsutils/,
    spec: {
      name: 'dnsutils',
      userland: 'gnu',
      listens: [],
      process: 'sleep infinity',
      startLogs: none,
      longRunning: false,
      bindVersion: '9.9.5-9+deb8u19-Debian',
    },
  },
  {
    test: /dnsutils|netshoot|nicolaka|ubuntu|debian/,
    spec: {
      name: 'dnsutils',
      userland: 'gnu',
      listens: [],
      process: 'sleep infinity',
      startLogs: none,
      longRunning: false,
    },
  },
  {
    test: /(^|\/)redis(:|$)/,
    spec: {
      name: 'redis',
      userland: 'gnu',
      commands: [...DEBIAN_SLIM, 'redis-server', 'redis-cli'],
      listens: [
        { proto: 'tcp', port: 6379, app: 'tcp-banner', config: { banner: '-ERR unknown command\r\n' } },
      ],
      process: 'redis-server *:6379',
      startLogs: (now) => [`1:M ${isoTime(now)} * Ready to accept connections tcp`],
      longRunning: true,
    },
  },
  {
    test: /(^|\/)(mysql|mariadb)(:|$)/,
    spec: {
      name: 'mysql',
      userland: 'gnu',
      commands: [...DEBIAN_SLIM, 'mysql', 'mysqld'],
      listens: [{ proto: 'tcp', port: 3306, app: 'tcp-banner', config: { banner: 'J\n8.0.40' } }],
      process: 'mysqld',
      refuses: mysqlRefuses,
      startLogs: (now) => [
        `${isoTime(now)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '8.0.40'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.`,
      ],
      longRunning: true,
    },
  },
  {
    test: /(^|\/)postgres(:|$)/,
    spec: {
      name: 'postgres',
      userland: 'gnu',
      commands: [...DEBIAN_SLIM, 'psql', 'postgres'],
      listens: [{ proto: 'tcp', port: 5432, app: 'tcp-banner', config: { banner: '' } }],
      process: 'postgres',
      refuses: postgresRefuses,
      startLogs: none,
      longRunning: true,
    },
  },
  {
    test: /coredns/,
    spec: {
      name: 'coredns',
      userland: 'none',
      commands: [],
      listens: [],
      process: '/coredns -conf /etc/coredns/Corefile',
      startLogs: none,
      longRunning: true,
      // distroless static:nonroot since CoreDNS 1.11
      user: '65532',
      // kubeadm's Corefile has `health { lameduck 5s }`: it keeps serving 5 s after SIGTERM
      stopMs: 6000,
    },
  },
  {
    test: /kube-proxy|flannel|etcd|kube-apiserver|kube-controller-manager|kube-scheduler|pause|weave|calico/,
    spec: {
      name: 'system',
      userland: 'none',
      commands: [],
      listens: [],
      process: '',
      startLogs: none,
      longRunning: true,
    },
  },
];

/** `-flag=value` or `-flag value` / `--flag=value` from a Go program's arguments. */
function goFlag(argv: string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(a);
    if (!m || m[1] !== name) continue;
    return m[2] ?? argv[i + 1];
  }
  return undefined;
}

const HTTP_ECHO: ImageSpec = {
  name: 'http-echo',
  userland: 'none',
  commands: [],
  listens: [],
  // hashicorp/http-echo: every path answers -text (how the course's "This is the HR server!" apps are made)
  listensFor: (argv) => {
    const listen = goFlag(argv, 'listen') ?? ':5678';
    const port = Number(listen.slice(listen.lastIndexOf(':') + 1)) || 5678;
    const text = goFlag(argv, 'text') ?? '';
    return [
      {
        proto: 'tcp',
        port,
        app: 'http',
        config: {
          flavour: 'go',
          body: `${text}\n`,
          contentType: 'text/plain; charset=utf-8',
          headers: { 'X-App-Name': 'http-echo', 'X-App-Version': '1.0.0' },
        },
      },
    ];
  },
  process: '/http-echo',
  startLogs: (now) => [
    `${isoTime(now).replace('T', ' ').replace('Z', '').replace(/-/g, '/')} [INFO] server is listening on :5678`,
  ],
  longRunning: true,
};

const WEBAPP_COLOR: ImageSpec = {
  name: 'webapp-color',
  userland: 'busybox',
  commands: BUSYBOX_COMMANDS,
  listens: [],
  // kodekloud/webapp-color: a Flask page in the colour of $APP_COLOR naming the pod
  listensFor: (_argv, env) => {
    const color = env.APP_COLOR ?? 'pink';
    const host = env.HOSTNAME ?? '';
    return [
      {
        proto: 'tcp',
        port: 8080,
        app: 'http',
        config: {
          server: 'Werkzeug/0.14.1 Python/3.6.8',
          accessLog: 'werkzeug',
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html>\n<title>Hello from Flask</title>\n<body style="background: ${color};"></body>\n<div style="color: #e4e4e4;\n    text-align:  center;\n    height: 90px;\n    vertical-align:  middle;">\n\n  <h1>Hello from ${host}!</h1>\n\n  \n\n</div>`,
        },
      },
    ];
  },
  process: 'python app.py',
  startLogs: () => [
    ' This is a sample web application that displays a colored background.',
    ' A color can be specified in two ways.',
    '',
    ' 1. As a command line argument with --color as the argument. Accepts one of red,green,blue,blue2,pink,darkblue ',
    ' 2. As an Environment variable APP_COLOR. Accepts one of red,green,blue,blue2,pink,darkblue ',
    ' 3. If none of the above then a random color is picked from the above list. ',
    ' Note: Command line argument precedes over environment variable.',
    '',
    '',
    ' * Serving Flask app "app" (lazy loading)',
    ' * Running on http://0.0.0.0:8080/ (Press CTRL+C to quit)',
  ],
  longRunning: true,
};

const GENERIC_WEB: ImageSpec = {
  name: 'webapp',
  userland: 'busybox',
  commands: BUSYBOX_COMMANDS,
  listens: [
    {
      proto: 'tcp',
      port: 8080,
      app: 'http',
      config: {
        server: 'Werkzeug/3.0.1 Python/3.12.7',
        body: 'Hello from a web app!\n',
        accessLog: 'werkzeug',
      },
    },
  ],
  process: 'python app.py',
  startLogs: () => [" * Serving Flask app 'app'", ' * Running on all addresses (0.0.0.0)'],
  longRunning: true,
};

export function imageSpec(image: string): ImageSpec {
  if (/(^|\/)http-echo(:|$)/.test(image)) return HTTP_ECHO;
  if (/(^|\/)webapp-color(:|$)/.test(image)) return WEBAPP_COLOR;
  return CATALOGUE.find((c) => c.test.test(image))?.spec ?? GENERIC_WEB;
}
