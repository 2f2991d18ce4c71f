/** Help data of kubectl debug, proxy (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_DEBUG: CommandDoc[] = [
  {
    path: 'proxy',
    short: 'Run a proxy to the Kubernetes API server',
    long: `Creates a proxy server or application-level gateway between localhost and the Kubernetes API server. It also allows serving static content over specified HTTP path. All incoming data enters through one port and gets forwarded to the remote Kubernetes API server port, except for the path matching the static content path.`,
    example: `  # To proxy all of the Kubernetes API and nothing else
  kubectl proxy --api-prefix=/
  
  # To proxy only part of the Kubernetes API and also some static files
  # You can get pods info with 'curl localhost:8001/api/v1/pods'
  kubectl proxy --www=/my/files --www-prefix=/static/ --api-prefix=/api/
  
  # To proxy the entire Kubernetes API at a different root
  # You can get pods info with 'curl localhost:8001/custom/api/v1/pods'
  kubectl proxy --api-prefix=/custom/
  
  # Run a proxy to the Kubernetes API server on port 8011, serving static content from ./local/www/
  kubectl proxy --port=8011 --www=./local/www/
  
  # Run a proxy to the Kubernetes API server on an arbitrary local port
  # The chosen port for the server will be output to stdout
  kubectl proxy --port=0
  
  # Run a proxy to the Kubernetes API server, changing the API prefix to k8s-api
  # This makes e.g. the pods API available at localhost:8001/k8s-api/v1/pods/
  kubectl proxy --api-prefix=/k8s-api`,
    usage:
      'kubectl proxy [--port=PORT] [--www=static-dir] [--www-prefix=prefix] [--api-prefix=prefix] [options]',
    flags: [
      {
        name: 'accept-hosts',
        type: 'string',
        def: '^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$',
        usage: 'Regular expression for hosts that the proxy should accept.',
      },
      {
        name: 'accept-paths',
        type: 'string',
        def: '^.*',
        usage: 'Regular expression for paths that the proxy should accept.',
      },
      { name: 'address', type: 'string', def: '127.0.0.1', usage: 'The IP address on which to serve on.' },
      { name: 'api-prefix', type: 'string', def: '/', usage: 'Prefix to serve the proxied API under.' },
      {
        name: 'append-server-path',
        type: 'bool',
        def: 'false',
        usage: `If true, enables automatic path appending of the kube context server path to each request.`,
      },
      {
        name: 'disable-filter',
        type: 'bool',
        def: 'false',
        usage: `If true, disable request filtering in the proxy. This is dangerous, and can leave you vulnerable to XSRF attacks, when used with an accessible port.`,
      },
      {
        name: 'keepalive',
        type: 'duration',
        def: '0s',
        usage: `keepalive specifies the keep-alive period for an active network connection. Set to 0 to disable keepalive.`,
      },
      {
        name: 'port',
        short: 'p',
        type: 'int',
        def: '8001',
        usage: `The port on which to run the proxy. Set to 0 to pick a random port.`,
      },
      {
        name: 'reject-methods',
        type: 'string',
        def: '^$',
        usage: `Regular expression for HTTP methods that the proxy should reject (example --reject-methods='POST,PUT,PATCH'). `,
      },
      {
        name: 'reject-paths',
        type: 'string',
        def: '^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach',
        usage: `Regular expression for paths that the proxy should reject. Paths specified here will be rejected even accepted by --accept-paths.`,
      },
      {
        name: 'unix-socket',
        short: 'u',
        type: 'string',
        def: '',
        usage: 'Unix socket on which to run the proxy.',
      },
      {
        name: 'www',
        short: 'w',
        type: 'string',
        def: '',
        usage: `Also serve static files from the given directory under the specified prefix.`,
      },
      {
        name: 'www-prefix',
        short: 'P',
        type: 'string',
        def: '/static/',
        usage: `Prefix to serve static files under, if static file directory is specified.`,
      },
    ],
  },
  {
    path: 'debug',
    short: 'Create debugging sessions for troubleshooting workloads and nodes',
    long: `Debug cluster resources using interactive debugging containers.

 'debug' provides automation for common debugging tasks for cluster objects identified by resource and name. Pods will be used by default if no resource is specified.

 The action taken by 'debug' varies depending on what resource is specified. Supported actions include:

  *  Workload: Create a copy of an existing pod with certain attributes changed, for example changing the image tag to a new version.
  *  Workload: Add an ephemeral container to an already running pod, for example to add debugging utilities without restarting the pod.
  *  Node: Create a new pod that runs in the node's host namespaces and can access the node's filesystem.`,
    example: `  # Create an interactive debugging session in pod mypod and immediately attach to it.
  kubectl debug mypod -it --image=busybox
  
  # Create an interactive debugging session for the pod in the file pod.yaml and immediately attach to it.
  # (requires the EphemeralContainers feature to be enabled in the cluster)
  kubectl debug -f pod.yaml -it --image=busybox
  
  # Create a debug container named debugger using a custom automated debugging image.
  kubectl debug --image=myproj/debug-tools -c debugger mypod
  
  # Create a copy of mypod adding a debug container and attach to it
  kubectl debug mypod -it --image=busybox --copy-to=my-debugger
  
  # Create a copy of mypod changing the command of mycontainer
  kubectl debug mypod -it --copy-to=my-debugger --container=mycontainer -- sh
  
  # Create a copy of mypod changing all container images to busybox
  kubectl debug mypod --copy-to=my-debugger --set-image=*=busybox
  
  # Create a copy of mypod adding a debug container and changing container images
  kubectl debug mypod -it --copy-to=my-debugger --image=debian --set-image=app=app:debug,sidecar=sidecar:debug
  
  # Create an interactive debugging session on a node and immediately attach to it.
  # The container will run in the host namespaces and the host's filesystem will be mounted at /host
  kubectl debug node/mynode -it --image=busybox`,
    usage: 'kubectl debug (POD | TYPE[[.VERSION].GROUP]/NAME) [ -- COMMAND [args...] ] [options]',
    flags: [
      {
        name: 'arguments-only',
        type: 'bool',
        def: 'false',
        usage: `If specified, everything after -- will be passed to the new container as Args instead of Command.`,
      },
      {
        name: 'attach',
        type: 'bool',
        def: 'false',
        usage: `If true, wait for the container to start running, and then attach as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true.`,
      },
      {
        name: 'container',
        short: 'c',
        type: 'string',
        def: '',
        usage: 'Container name to use for debug container.',
      },
      { name: 'copy-to', type: 'string', def: '', usage: 'Create a copy of the target Pod with this name.' },
      {
        name: 'custom',
        type: 'string',
        def: '',
        usage: `Path to a JSON or YAML file containing a partial container spec to customize built-in debug profiles.`,
      },
      'env',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: 'identifying the resource to debug',
      },
      { name: 'image', type: 'string', def: '', usage: 'Container image to use for debug container.' },
      {
        name: 'image-pull-policy',
        type: 'string',
        def: '',
        usage: `The image pull policy for the container. If left empty, this value will not be specified by the client and defaulted by the server.`,
      },
      {
        name: 'keep-annotations',
        type: 'bool',
        def: 'false',
        usage: `If true, keep the original pod annotations.(This flag only works when used with '--copy-to')`,
      },
      {
        name: 'keep-init-containers',
        type: 'bool',
        def: 'true',
        usage: `Run the init containers for the pod. Defaults to true.(This flag only works when used with '--copy-to')`,
      },
      {
        name: 'keep-labels',
        type: 'bool',
        def: 'false',
        usage: `If true, keep the original pod labels.(This flag only works when used with '--copy-to')`,
      },
      {
        name: 'keep-liveness',
        type: 'bool',
        def: 'false',
        usage: `If true, keep the original pod liveness probes.(This flag only works when used with '--copy-to')`,
      },
      {
        name: 'keep-readiness',
        type: 'bool',
        def: 'false',
        usage: `If true, keep the original pod readiness probes.(This flag only works when used with '--copy-to')`,
      },
      {
        name: 'keep-startup',
        type: 'bool',
        def: 'false',
        usage: `If true, keep the original startup probes.(This flag only works when used with '--copy-to')`,
      },
      {
        name: 'profile',
        type: 'string',
        def: 'legacy',
        usage: `Options are "legacy", "general", "baseline", "netadmin", "restricted" or "sysadmin".`,
      },
      {
        name: 'quiet',
        short: 'q',
        type: 'bool',
        def: 'false',
        usage: 'If true, suppress informational messages.',
      },
      {
        name: 'replace',
        type: 'bool',
        def: 'false',
        usage: "When used with '--copy-to', delete the original Pod.",
      },
      {
        name: 'same-node',
        type: 'bool',
        def: 'false',
        usage: `When used with '--copy-to', schedule the copy of target Pod on the same node.`,
      },
      {
        name: 'set-image',
        type: 'stringArray',
        def: '[]',
        usage: `When used with '--copy-to', a list of name=image pairs for changing container images, similar to how 'kubectl set image' works.`,
      },
      {
        name: 'share-processes',
        type: 'bool',
        def: 'true',
        usage: `When used with '--copy-to', enable process namespace sharing in the copy.`,
      },
      {
        name: 'stdin',
        short: 'i',
        type: 'bool',
        def: 'false',
        usage: `Keep stdin open on the container(s) in the pod, even if nothing is attached.`,
      },
      {
        name: 'target',
        type: 'string',
        def: '',
        usage: `When using an ephemeral container, target processes in this container name.`,
      },
      {
        name: 'tty',
        short: 't',
        type: 'bool',
        def: 'false',
        usage: 'Allocate a TTY for the debugging container.',
      },
    ],
  },
];
