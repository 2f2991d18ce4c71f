/** Help data of kubectl certificate, cluster-info, cordon, drain, taint, top, uncordon (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_CLUSTER: CommandDoc[] = [
  {
    path: 'certificate',
    short: 'Modify certificate resources',
    long: `Modify certificate resources.`,
    usage: 'kubectl certificate SUBCOMMAND [options]',
  },
  {
    path: 'certificate approve',
    short: 'Approve a certificate signing request',
    long: `Approve a certificate signing request.

 kubectl certificate approve allows a cluster admin to approve a certificate signing request (CSR). This action tells a certificate signing controller to issue a certificate to the requester with the attributes requested in the CSR.

 SECURITY NOTICE: Depending on the requested attributes, the issued certificate can potentially grant a requester access to cluster resources or to authenticate as a requested identity. Before approving a CSR, ensure you understand what the signed certificate can do.`,
    example: `  # Approve CSR 'csr-sqgzp'
  kubectl certificate approve csr-sqgzp`,
    usage: 'kubectl certificate approve (-f FILENAME | NAME) [options]',
    flags: [
      'allow-missing-template-keys',
      'filename~2',
      { name: 'force', type: 'bool', def: 'false', usage: 'Update the CSR even if it is already approved.' },
      'kustomize',
      'output',
      'recursive',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'certificate deny',
    short: 'Deny a certificate signing request',
    long: `Deny a certificate signing request.

 kubectl certificate deny allows a cluster admin to deny a certificate signing request (CSR). This action tells a certificate signing controller to not to issue a certificate to the requester.`,
    example: `  # Deny CSR 'csr-sqgzp'
  kubectl certificate deny csr-sqgzp`,
    usage: 'kubectl certificate deny (-f FILENAME | NAME) [options]',
    flags: [
      'allow-missing-template-keys',
      'filename~2',
      { name: 'force', type: 'bool', def: 'false', usage: 'Update the CSR even if it is already denied.' },
      'kustomize',
      'output',
      'recursive',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'cluster-info',
    short: 'Display cluster information',
    long: `Display addresses of the control plane and services with label kubernetes.io/cluster-service=true. To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.`,
    example: `  # Print the address of the control plane and cluster services
  kubectl cluster-info`,
    usage: 'kubectl cluster-info [flags] [options]',
  },
  {
    path: 'cluster-info dump',
    short: 'Dump relevant information for debugging and diagnosis',
    long: `Dump cluster information out suitable for debugging and diagnosing cluster problems.  By default, dumps everything to stdout. You can optionally specify a directory with --output-directory.  If you specify a directory, Kubernetes will build a set of files in that directory.  By default, only dumps things in the current namespace and 'kube-system' namespace, but you can switch to a different namespace with the --namespaces flag, or specify --all-namespaces to dump all namespaces.

 The command also dumps the logs of all of the pods in the cluster; these logs are dumped into different directories based on namespace and pod name.`,
    example: `  # Dump current cluster state to stdout
  kubectl cluster-info dump
  
  # Dump current cluster state to /path/to/cluster-state
  kubectl cluster-info dump --output-directory=/path/to/cluster-state
  
  # Dump all namespaces to stdout
  kubectl cluster-info dump --all-namespaces
  
  # Dump a set of namespaces to /path/to/cluster-state
  kubectl cluster-info dump --namespaces default,kube-system --output-directory=/path/to/cluster-state`,
    usage: 'kubectl cluster-info dump [flags] [options]',
    flags: [
      {
        name: 'all-namespaces',
        short: 'A',
        type: 'bool',
        def: 'false',
        usage: `If true, dump all namespaces.  If true, --namespaces is ignored.`,
      },
      'allow-missing-template-keys',
      {
        name: 'namespaces',
        type: 'stringArray',
        def: '[]',
        usage: 'A comma separated list of namespaces to dump.',
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
        def: 'json',
        usage: `Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file).`,
      },
      {
        name: 'output-directory',
        type: 'string',
        def: '',
        usage: `Where to output the files.  If empty or '-' uses stdout, otherwise creates a directory hierarchy in that directory`,
      },
      'pod-running-timeout~2',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'top',
    short: 'Display resource (CPU/memory) usage',
    long: `Display resource (CPU/memory) usage.

 The top command allows you to see the resource consumption for nodes or pods.

 This command requires Metrics Server to be correctly configured and working on the server.`,
    usage: 'kubectl top [flags] [options]',
  },
  {
    path: 'top node',
    short: 'Display resource (CPU/memory) usage of nodes',
    aliases: ['nodes', 'no'],
    long: `Display resource (CPU/memory) usage of nodes.

 The top-node command allows you to see the resource consumption of nodes.`,
    example: `  # Show metrics for all nodes
  kubectl top node
  
  # Show metrics for a given node
  kubectl top node NODE_NAME`,
    usage: 'kubectl top node [NAME | -l label] [options]',
    flags: [
      { name: 'no-headers', type: 'bool', def: 'false', usage: 'If present, print output without headers' },
      'selector',
      {
        name: 'show-capacity',
        type: 'bool',
        def: 'false',
        usage: `Print node resources based on Capacity instead of Allocatable(default) of the nodes.`,
      },
      {
        name: 'sort-by',
        type: 'string',
        def: '',
        usage: `If non-empty, sort nodes list using specified field. The field can be either 'cpu' or 'memory'.`,
      },
      'use-protocol-buffers',
    ],
  },
  {
    path: 'top pod',
    short: 'Display resource (CPU/memory) usage of pods',
    aliases: ['pods', 'po'],
    long: `Display resource (CPU/memory) usage of pods.

 The 'top pod' command allows you to see the resource consumption of pods.

 Due to the metrics pipeline delay, they may be unavailable for a few minutes since pod creation.`,
    example: `  # Show metrics for all pods in the default namespace
  kubectl top pod
  
  # Show metrics for all pods in the given namespace
  kubectl top pod --namespace=NAMESPACE
  
  # Show metrics for a given pod and its containers
  kubectl top pod POD_NAME --containers
  
  # Show metrics for the pods defined by label name=myLabel
  kubectl top pod -l name=myLabel`,
    usage: 'kubectl top pod [NAME | -l label] [options]',
    flags: [
      'all-namespaces',
      {
        name: 'containers',
        type: 'bool',
        def: 'false',
        usage: 'If present, print usage of containers within a pod.',
      },
      'field-selector',
      { name: 'no-headers', type: 'bool', def: 'false', usage: 'If present, print output without headers.' },
      'selector',
      {
        name: 'sort-by',
        type: 'string',
        def: '',
        usage: `If non-empty, sort pods list using specified field. The field can be either 'cpu' or 'memory'.`,
      },
      { name: 'sum', type: 'bool', def: 'false', usage: 'Print the sum of the resource usage' },
      'use-protocol-buffers',
    ],
  },
  {
    path: 'cordon',
    short: 'Mark node as unschedulable',
    long: `Mark node as unschedulable.`,
    example: `  # Mark node "foo" as unschedulable
  kubectl cordon foo`,
    usage: 'kubectl cordon NODE [options]',
    flags: ['dry-run', 'selector'],
  },
  {
    path: 'uncordon',
    short: 'Mark node as schedulable',
    long: `Mark node as schedulable.`,
    example: `  # Mark node "foo" as schedulable
  kubectl uncordon foo`,
    usage: 'kubectl uncordon NODE [options]',
    flags: ['dry-run', 'selector'],
  },
  {
    path: 'drain',
    short: 'Drain node in preparation for maintenance',
    long: `Drain node in preparation for maintenance.

 The given node will be marked unschedulable to prevent new pods from arriving. 'drain' evicts the pods if the API server supports https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ eviction https://kubernetes.io/docs/concepts/workloads/pods/disruptions/ . Otherwise, it will use normal DELETE to delete the pods. The 'drain' evicts or deletes all pods except mirror pods (which cannot be deleted through the API server).  If there are daemon set-managed pods, drain will not proceed without --ignore-daemonsets, and regardless it will not delete any daemon set-managed pods, because those pods would be immediately replaced by the daemon set controller, which ignores unschedulable markings.  If there are any pods that are neither mirror pods nor managed by a replication controller, replica set, daemon set, stateful set, or job, then drain will not delete any pods unless you use --force.  --force will also allow deletion to proceed if the managing resource of one or more pods is missing.

 'drain' waits for graceful termination. You should not operate on the machine until the command completes.

 When you are ready to put the node back into service, use kubectl uncordon, which will make the node schedulable again.

https://kubernetes.io/images/docs/kubectl_drain.svg Workflowhttps://kubernetes.io/images/docs/kubectl_drain.svg`,
    example: `  # Drain node "foo", even if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set on it
  kubectl drain foo --force
  
  # As above, but abort if there are pods not managed by a replication controller, replica set, job, daemon set, or stateful set, and use a grace period of 15 minutes
  kubectl drain foo --grace-period=900`,
    usage: 'kubectl drain NODE [options]',
    flags: [
      'chunk-size',
      {
        name: 'delete-emptydir-data',
        type: 'bool',
        def: 'false',
        usage: `Continue even if there are pods using emptyDir (local data that will be deleted when the node is drained).`,
      },
      {
        name: 'disable-eviction',
        type: 'bool',
        def: 'false',
        usage: `Force drain to use delete, even if eviction is supported. This will bypass checking PodDisruptionBudgets, use with caution.`,
      },
      'dry-run',
      {
        name: 'force',
        type: 'bool',
        def: 'false',
        usage: `Continue even if there are pods that do not declare a controller.`,
      },
      {
        name: 'grace-period',
        type: 'int',
        def: '-1',
        usage: `Period of time in seconds given to each pod to terminate gracefully. If negative, the default value specified in the pod will be used.`,
      },
      { name: 'ignore-daemonsets', type: 'bool', def: 'false', usage: 'Ignore DaemonSet-managed pods.' },
      { name: 'pod-selector', type: 'string', def: '', usage: 'Label selector to filter pods on the node' },
      'selector',
      {
        name: 'skip-wait-for-delete-timeout',
        type: 'int',
        def: '0',
        usage: `If pod DeletionTimestamp older than N seconds, skip waiting for the pod.  Seconds must be greater than 0 to skip.`,
      },
      {
        name: 'timeout',
        type: 'duration',
        def: '0s',
        usage: `The length of time to wait before giving up, zero means infinite`,
      },
    ],
  },
  {
    path: 'taint',
    short: 'Update the taints on one or more nodes',
    long: `Update the taints on one or more nodes.

  *  A taint consists of a key, value, and effect. As an argument here, it is expressed as key=value:effect.
  *  The key must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 253 characters.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  The value is optional. If given, it must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters.
  *  The effect must be NoSchedule, PreferNoSchedule or NoExecute.
  *  Currently taint can only apply to node.`,
    example: `  # Update node 'foo' with a taint with key 'dedicated' and value 'special-user' and effect 'NoSchedule'
  # If a taint with that key and effect already exists, its value is replaced as specified
  kubectl taint nodes foo dedicated=special-user:NoSchedule
  
  # Remove from node 'foo' the taint with key 'dedicated' and effect 'NoSchedule' if one exists
  kubectl taint nodes foo dedicated:NoSchedule-
  
  # Remove from node 'foo' all the taints with key 'dedicated'
  kubectl taint nodes foo dedicated-
  
  # Add a taint with key 'dedicated' on nodes having label myLabel=X
  kubectl taint node -l myLabel=X  dedicated=foo:PreferNoSchedule
  
  # Add to node 'foo' a taint with key 'bar' and no value
  kubectl taint nodes foo bar:NoSchedule`,
    usage: 'kubectl taint NODE NAME KEY_1=VAL_1:TAINT_EFFECT_1 ... KEY_N=VAL_N:TAINT_EFFECT_N [options]',
    flags: [
      { name: 'all', type: 'bool', def: 'false', usage: 'Select all nodes in the cluster' },
      'allow-missing-template-keys',
      'dry-run',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-taint',
        usage: 'Name of the manager used to track field ownership.',
      },
      'output',
      {
        name: 'overwrite',
        type: 'bool',
        def: 'false',
        usage: `If true, allow taints to be overwritten, otherwise reject taint updates that overwrite existing taints.`,
      },
      'selector',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
];
