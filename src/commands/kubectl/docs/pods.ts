/** Help data of kubectl attach, cp, exec, logs, port-forward (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_PODS: CommandDoc[] = [
  {
    path: 'logs',
    short: 'Print the logs for a container in a pod',
    long: `Print the logs for a container in a pod or specified resource. If the pod has only one container, the container name is optional.`,
    example: `  # Return snapshot logs from pod nginx with only one container
  kubectl logs nginx
  
  # Return snapshot logs from pod nginx, prefixing each line with the source pod and container name
  kubectl logs nginx --prefix
  
  # Return snapshot logs from pod nginx, limiting output to 500 bytes
  kubectl logs nginx --limit-bytes=500
  
  # Return snapshot logs from pod nginx, waiting up to 20 seconds for it to start running.
  kubectl logs nginx --pod-running-timeout=20s
  
  # Return snapshot logs from pod nginx with multi containers
  kubectl logs nginx --all-containers=true
  
  # Return snapshot logs from all pods in the deployment nginx
  kubectl logs deployment/nginx --all-pods=true
  
  # Return snapshot logs from all containers in pods defined by label app=nginx
  kubectl logs -l app=nginx --all-containers=true
  
  # Return snapshot logs from all pods defined by label app=nginx, limiting concurrent log requests to 10 pods
  kubectl logs -l app=nginx --max-log-requests=10
  
  # Return snapshot of previous terminated ruby container logs from pod web-1
  kubectl logs -p -c ruby web-1
  
  # Begin streaming the logs from pod nginx, continuing even if errors occur
  kubectl logs nginx -f --ignore-errors=true
  
  # Begin streaming the logs of the ruby container in pod web-1
  kubectl logs -f -c ruby web-1
  
  # Begin streaming the logs from all containers in pods defined by label app=nginx
  kubectl logs -f -l app=nginx --all-containers=true
  
  # Display only the most recent 20 lines of output in pod nginx
  kubectl logs --tail=20 nginx
  
  # Show all logs from pod nginx written in the last hour
  kubectl logs --since=1h nginx
  
  # Show all logs with timestamps from pod nginx starting from August 30, 2024, at 06:00:00 UTC
  kubectl logs nginx --since-time=2024-08-30T06:00:00Z --timestamps=true
  
  # Show logs from a kubelet with an expired serving certificate
  kubectl logs --insecure-skip-tls-verify-backend nginx
  
  # Return snapshot logs from first container of a job named hello
  kubectl logs job/hello
  
  # Return snapshot logs from container nginx-1 of a deployment named nginx
  kubectl logs deployment/nginx -c nginx-1`,
    usage: 'kubectl logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER] [options]',
    flags: [
      {
        name: 'all-containers',
        type: 'bool',
        def: 'false',
        usage: "Get all containers' logs in the pod(s).",
      },
      {
        name: 'all-pods',
        type: 'bool',
        def: 'false',
        usage: 'Get logs from all pod(s). Sets prefix to true.',
      },
      { name: 'container', short: 'c', type: 'string', def: '', usage: 'Print the logs of this container' },
      {
        name: 'follow',
        short: 'f',
        type: 'bool',
        def: 'false',
        usage: 'Specify if the logs should be streamed.',
      },
      {
        name: 'ignore-errors',
        type: 'bool',
        def: 'false',
        usage: `If watching / following pod logs, allow for any errors that occur to be non-fatal`,
      },
      {
        name: 'insecure-skip-tls-verify-backend',
        type: 'bool',
        def: 'false',
        usage: `Skip verifying the identity of the kubelet that logs are requested from.  In theory, an attacker could provide invalid log content back. You might want to use this if your kubelet serving certificates have expired.`,
      },
      {
        name: 'limit-bytes',
        type: 'int',
        def: '0',
        usage: 'Maximum bytes of logs to return. Defaults to no limit.',
      },
      {
        name: 'max-log-requests',
        type: 'int',
        def: '5',
        usage: `Specify maximum number of concurrent logs to follow when using by a selector. Defaults to 5.`,
      },
      'pod-running-timeout~2',
      {
        name: 'prefix',
        type: 'bool',
        def: 'false',
        usage: `Prefix each log line with the log source (pod name and container name)`,
      },
      {
        name: 'previous',
        short: 'p',
        type: 'bool',
        def: 'false',
        usage: `If true, print the logs for the previous instance of the container in a pod if it exists.`,
      },
      'selector',
      {
        name: 'since',
        type: 'duration',
        def: '0s',
        usage: `Only return logs newer than a relative duration like 5s, 2m, or 3h. Defaults to all logs. Only one of since-time / since may be used.`,
      },
      {
        name: 'since-time',
        type: 'string',
        def: '',
        usage: `Only return logs after a specific date (RFC3339). Defaults to all logs. Only one of since-time / since may be used.`,
      },
      {
        name: 'tail',
        type: 'int',
        def: '-1',
        usage: `Lines of recent log file to display. Defaults to -1 with no selector, showing all log lines otherwise 10, if a selector is provided.`,
      },
      {
        name: 'timestamps',
        type: 'bool',
        def: 'false',
        usage: 'Include timestamps on each line in the log output',
      },
    ],
  },
  {
    path: 'attach',
    short: 'Attach to a running container',
    long: `Attach to a process that is already running inside an existing container.`,
    example: `  # Get output from running pod mypod; use the 'kubectl.kubernetes.io/default-container' annotation
  # for selecting the container to be attached or the first container in the pod will be chosen
  kubectl attach mypod
  
  # Get output from ruby-container from pod mypod
  kubectl attach mypod -c ruby-container
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl attach mypod -c ruby-container -i -t
  
  # Get output from the first pod of a replica set named nginx
  kubectl attach rs/nginx`,
    usage: 'kubectl attach (POD | TYPE/NAME) -c CONTAINER [options]',
    flags: ['container', 'pod-running-timeout', 'quiet', 'stdin', 'tty'],
  },
  {
    path: 'exec',
    short: 'Execute a command in a container',
    long: `Execute a command in a container.`,
    example: `  # Get output from running the 'date' command from pod mypod, using the first container by default
  kubectl exec mypod -- date
  
  # Get output from running the 'date' command in ruby-container from pod mypod
  kubectl exec mypod -c ruby-container -- date
  
  # Switch to raw terminal mode; sends stdin to 'bash' in ruby-container from pod mypod
  # and sends stdout/stderr from 'bash' back to the client
  kubectl exec mypod -c ruby-container -i -t -- bash -il
  
  # List contents of /usr from the first container of pod mypod and sort by modification time
  # If the command you want to execute in the pod has any flags in common (e.g. -i),
  # you must use two dashes (--) to separate your command's flags/arguments
  # Also note, do not surround your command and its flags/arguments with quotes
  # unless that is how you would execute it normally (i.e., do ls -t /usr, not "ls -t /usr")
  kubectl exec mypod -i -t -- ls -t /usr
  
  # Get output from running 'date' command from the first pod of the deployment mydeployment, using the first container by default
  kubectl exec deploy/mydeployment -- date
  
  # Get output from running 'date' command from the first pod of the service myservice, using the first container by default
  kubectl exec svc/myservice -- date`,
    usage: 'kubectl exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]',
    flags: [
      'container',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: 'to use to exec into the resource',
      },
      'pod-running-timeout',
      'quiet',
      'stdin',
      'tty',
    ],
  },
  {
    path: 'port-forward',
    short: 'Forward one or more local ports to a pod',
    long: `Forward one or more local ports to a pod.

 Use resource type/name such as deployment/mydeployment to select a pod. Resource type defaults to 'pod' if omitted.

 If there are multiple pods matching the criteria, a pod will be selected automatically. The forwarding session ends when the selected pod terminates, and a rerun of the command is needed to resume forwarding.`,
    example: `  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in the pod
  kubectl port-forward pod/mypod 5000 6000
  
  # Listen on ports 5000 and 6000 locally, forwarding data to/from ports 5000 and 6000 in a pod selected by the deployment
  kubectl port-forward deployment/mydeployment 5000 6000
  
  # Listen on port 8443 locally, forwarding to the targetPort of the service's port named "https" in a pod selected by the service
  kubectl port-forward service/myservice 8443:https
  
  # Listen on port 8888 locally, forwarding to 5000 in the pod
  kubectl port-forward pod/mypod 8888:5000
  
  # Listen on port 8888 on all addresses, forwarding to 5000 in the pod
  kubectl port-forward --address 0.0.0.0 pod/mypod 8888:5000
  
  # Listen on port 8888 on localhost and selected IP, forwarding to 5000 in the pod
  kubectl port-forward --address localhost,10.19.21.23 pod/mypod 8888:5000
  
  # Listen on a random port locally, forwarding to 5000 in the pod
  kubectl port-forward pod/mypod :5000`,
    usage:
      'kubectl port-forward TYPE/NAME [options] [LOCAL_PORT:]REMOTE_PORT [...[LOCAL_PORT_N:]REMOTE_PORT_N]',
    flags: [
      {
        name: 'address',
        type: 'stringArray',
        def: '[localhost]',
        usage: `Addresses to listen on (comma separated). Only accepts IP addresses or localhost as a value. When localhost is supplied, kubectl will try to bind on both 127.0.0.1 and ::1 and will fail if neither of these addresses are available to bind.`,
      },
      'pod-running-timeout',
    ],
  },
  {
    path: 'cp',
    short: 'Copy files and directories to and from containers',
    long: `Copy files and directories to and from containers.`,
    example: `  # !!!Important Note!!!
  # Requires that the 'tar' binary is present in your container
  # image.  If 'tar' is not present, 'kubectl cp' will fail.
  #
  # For advanced use cases, such as symlinks, wildcard expansion or
  # file mode preservation, consider using 'kubectl exec'.
  
  # Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>
  tar cf - /tmp/foo | kubectl exec -i -n <some-namespace> <some-pod> -- tar xf - -C /tmp/bar
  
  # Copy /tmp/foo from a remote pod to /tmp/bar locally
  kubectl exec -n <some-namespace> <some-pod> -- tar cf - /tmp/foo | tar xf - -C /tmp/bar
  
  # Copy /tmp/foo_dir local directory to /tmp/bar_dir in a remote pod in the default namespace
  kubectl cp /tmp/foo_dir <some-pod>:/tmp/bar_dir
  
  # Copy /tmp/foo local file to /tmp/bar in a remote pod in a specific container
  kubectl cp /tmp/foo <some-pod>:/tmp/bar -c <specific-container>
  
  # Copy /tmp/foo local file to /tmp/bar in a remote pod in namespace <some-namespace>
  kubectl cp /tmp/foo <some-namespace>/<some-pod>:/tmp/bar
  
  # Copy /tmp/foo from a remote pod to /tmp/bar locally
  kubectl cp <some-namespace>/<some-pod>:/tmp/foo /tmp/bar`,
    usage: 'kubectl cp <file-spec-src> <file-spec-dest> [options]',
    flags: [
      'container',
      {
        name: 'no-preserve',
        type: 'bool',
        def: 'false',
        usage: `The copied file/directory's ownership and permissions will not be preserved in the container`,
      },
      {
        name: 'retries',
        type: 'int',
        def: '0',
        usage: `Set number of retries to complete a copy operation from a container. Specify 0 to disable or any negative value for infinite retrying. The default is 0 (no retry).`,
      },
    ],
  },
];
