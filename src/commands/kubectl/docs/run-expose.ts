/** Help data of kubectl expose, run (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_RUN_EXPOSE: CommandDoc[] = [
  {
    path: 'expose',
    short:
      'Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service',
    long: `Expose a resource as a new Kubernetes service.

 Looks up a deployment, service, replica set, replication controller or pod by name and uses the selector for that resource as the selector for a new service on the specified port. A deployment or replica set will be exposed as a service only if its selector is convertible to a selector that service supports, i.e. when the selector contains only the matchLabels component. Note that if no port is specified via --port and the exposed resource has multiple ports, all will be re-used by the new service. Also if no labels are specified, the new service will re-use the labels from the resource it exposes.

 Possible resources include (case insensitive):

 pod (po), service (svc), replicationcontroller (rc), deployment (deploy), replicaset (rs)`,
    example: `  # Create a service for a replicated nginx, which serves on port 80 and connects to the containers on port 8000
  kubectl expose rc nginx --port=80 --target-port=8000
  
  # Create a service for a replication controller identified by type and name specified in "nginx-controller.yaml", which serves on port 80 and connects to the containers on port 8000
  kubectl expose -f nginx-controller.yaml --port=80 --target-port=8000
  
  # Create a service for a pod valid-pod, which serves on port 444 with the name "frontend"
  kubectl expose pod valid-pod --port=444 --name=frontend
  
  # Create a second service based on the above service, exposing the container port 8443 as port 443 with the name "nginx-https"
  kubectl expose service nginx --port=443 --target-port=8443 --name=nginx-https
  
  # Create a service for a replicated streaming application on port 4100 balancing UDP traffic and named 'video-stream'.
  kubectl expose rc streamer --port=4100 --protocol=UDP --name=video-stream
  
  # Create a service for a replicated nginx using replica set, which serves on port 80 and connects to the containers on port 8000
  kubectl expose rs nginx --port=80 --target-port=8000
  
  # Create a service for an nginx deployment, which serves on port 80 and connects to the containers on port 8000
  kubectl expose deployment nginx --port=80 --target-port=8000`,
    usage:
      'kubectl expose (-f FILENAME | TYPE NAME) [--port=port] [--protocol=TCP|UDP|SCTP] [--target-port=number-or-name] [--name=name] [--external-ip=external-ip-of-service] [--type=type] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'cluster-ip',
        type: 'string',
        def: '',
        usage: `ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create a headless service.`,
      },
      'dry-run',
      {
        name: 'external-ip',
        type: 'string',
        def: '',
        usage: `Additional external IP address (not managed by Kubernetes) to accept for the service. If this IP is routed to a node, the service can be accessed by this IP in addition to its generated service IP.`,
      },
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-expose',
        usage: 'Name of the manager used to track field ownership.',
      },
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files identifying the resource to expose a service`,
      },
      'kustomize',
      {
        name: 'labels',
        short: 'l',
        type: 'string',
        def: '',
        usage: 'Labels to apply to the service created by this call.',
      },
      {
        name: 'load-balancer-ip',
        type: 'string',
        def: '',
        usage: `IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used (cloud-provider specific).`,
      },
      { name: 'name', type: 'string', def: '', usage: 'The name for the newly created object.' },
      'output',
      'override-type',
      'overrides',
      {
        name: 'port',
        type: 'string',
        def: '',
        usage: `The port that the service should serve on. Copied from the resource being exposed, if unspecified`,
      },
      {
        name: 'protocol',
        type: 'string',
        def: '',
        usage: `The network protocol for the service to be created. Default is 'TCP'.`,
      },
      'recursive',
      'save-config',
      {
        name: 'selector',
        type: 'string',
        def: '',
        usage: `A label selector to use for this service. Only equality-based selector requirements are supported. If empty (the default) infer the selector from the replication controller or replica set.)`,
      },
      {
        name: 'session-affinity',
        type: 'string',
        def: '',
        usage: `If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'`,
      },
      'show-managed-fields',
      {
        name: 'target-port',
        type: 'string',
        def: '',
        usage: `Name or number for the port on the container that the service should direct traffic to. Optional.`,
      },
      'template',
      {
        name: 'type',
        type: 'string',
        def: '',
        usage: `Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.`,
      },
    ],
  },
  {
    path: 'run',
    short: 'Run a particular image on the cluster',
    long: `Create and run a particular image in a pod.`,
    example: `  # Start a nginx pod
  kubectl run nginx --image=nginx
  
  # Start a hazelcast pod and let the container expose port 5701
  kubectl run hazelcast --image=hazelcast/hazelcast --port=5701
  
  # Start a hazelcast pod and set environment variables "DNS_DOMAIN=cluster" and "POD_NAMESPACE=default" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --env="DNS_DOMAIN=cluster" --env="POD_NAMESPACE=default"
  
  # Start a hazelcast pod and set labels "app=hazelcast" and "env=prod" in the container
  kubectl run hazelcast --image=hazelcast/hazelcast --labels="app=hazelcast,env=prod"
  
  # Dry run; print the corresponding API objects without creating them
  kubectl run nginx --image=nginx --dry-run=client
  
  # Start a nginx pod, but overload the spec with a partial set of values parsed from JSON
  kubectl run nginx --image=nginx --overrides='{ "apiVersion": "v1", "spec": { ... } }'
  
  # Start a busybox pod and keep it in the foreground, don't restart it if it exits
  kubectl run -i -t busybox --image=busybox --restart=Never
  
  # Start the nginx pod using the default command, but use custom arguments (arg1 .. argN) for that command
  kubectl run nginx --image=nginx -- <arg1> <arg2> ... <argN>
  
  # Start the nginx pod using a different command and custom arguments
  kubectl run nginx --image=nginx --command -- <cmd> <arg1> ... <argN>`,
    usage:
      'kubectl run NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]',
    flags: [
      'allow-missing-template-keys',
      { name: 'annotations', type: 'stringArray', def: '[]', usage: 'Annotations to apply to the pod.' },
      {
        name: 'attach',
        type: 'bool',
        def: 'false',
        usage: `If true, wait for the Pod to start running, and then attach to the Pod as if 'kubectl attach ...' were called.  Default false, unless '-i/--stdin' is set, in which case the default is true. With '--restart=Never' the exit code of the container process is returned.`,
      },
      'cascade',
      {
        name: 'command',
        type: 'bool',
        def: 'false',
        usage: `If true and extra arguments are present, use them as the 'command' field in the container, rather than the 'args' field which is the default.`,
      },
      'dry-run',
      'env',
      {
        name: 'expose',
        type: 'bool',
        def: 'false',
        usage: `If true, create a ClusterIP service associated with the pod.  Requires \`--port\`.`,
      },
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-run',
        usage: 'Name of the manager used to track field ownership.',
      },
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: 'to use to replace the resource.',
      },
      'force',
      'grace-period',
      { name: 'image', type: 'string', def: '', usage: 'The image for the container to run.' },
      {
        name: 'image-pull-policy',
        type: 'string',
        def: '',
        usage: `The image pull policy for the container.  If left empty, this value will not be specified by the client and defaulted by the server.`,
      },
      'kustomize~2',
      {
        name: 'labels',
        short: 'l',
        type: 'string',
        def: '',
        usage: `Comma separated labels to apply to the pod. Will override previous values.`,
      },
      {
        name: 'leave-stdin-open',
        type: 'bool',
        def: 'false',
        usage: `If the pod is started in interactive mode or with stdin, leave stdin open after the first attach completes. By default, stdin will be closed after the first attach completes.`,
      },
      'output',
      'override-type',
      'overrides',
      'pod-running-timeout',
      { name: 'port', type: 'string', def: '', usage: 'The port that this container exposes.' },
      {
        name: 'privileged',
        type: 'bool',
        def: 'false',
        usage: 'If true, run the container in privileged mode.',
      },
      { name: 'quiet', short: 'q', type: 'bool', def: 'false', usage: 'If true, suppress prompt messages.' },
      'recursive',
      {
        name: 'restart',
        type: 'string',
        def: 'Always',
        usage: `The restart policy for this Pod.  Legal values [Always, OnFailure, Never].`,
      },
      {
        name: 'rm',
        type: 'bool',
        def: 'false',
        usage: `If true, delete the pod after it exits.  Only valid when attaching to the container, e.g. with '--attach' or with '-i/--stdin'.`,
      },
      'save-config',
      'show-managed-fields',
      {
        name: 'stdin',
        short: 'i',
        type: 'bool',
        def: 'false',
        usage: `Keep stdin open on the container in the pod, even if nothing is attached.`,
      },
      'template',
      'timeout',
      {
        name: 'tty',
        short: 't',
        type: 'bool',
        def: 'false',
        usage: 'Allocate a TTY for the container in the pod.',
      },
      'wait',
    ],
  },
];
