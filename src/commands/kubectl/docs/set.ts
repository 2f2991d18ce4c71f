/** Help data of kubectl autoscale, scale, set (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_SET: CommandDoc[] = [
  {
    path: 'set',
    short: 'Set specific features on objects',
    long: `Configure application resources.

 These commands help you make changes to existing application resources.`,
    usage: 'kubectl set SUBCOMMAND [options]',
  },
  {
    path: 'set env',
    short: 'Update environment variables on a pod template',
    long: `Update environment variables on a pod template.

 List environment variable definitions in one or more pods, pod templates. Add, update, or remove container environment variable definitions in one or more pod templates (within replication controllers or deployment configurations). View or modify the environment variable definitions on all containers in the specified pods or pod templates, or just those that match a wildcard.

 If "--env -" is passed, environment variables can be read from STDIN using the standard env syntax.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)`,
    example: `  # Update deployment 'registry' with a new environment variable
  kubectl set env deployment/registry STORAGE_DIR=/local
  
  # List the environment variables defined on a deployments 'sample-build'
  kubectl set env deployment/sample-build --list
  
  # List the environment variables defined on all pods
  kubectl set env pods --all --list
  
  # Output modified deployment in YAML, and does not alter the object on the server
  kubectl set env deployment/sample-build STORAGE_DIR=/data -o yaml
  
  # Update all containers in all replication controllers in the project to have ENV=prod
  kubectl set env rc --all ENV=prod
  
  # Import environment from a secret
  kubectl set env --from=secret/mysecret deployment/myapp
  
  # Import environment from a config map with a prefix
  kubectl set env --from=configmap/myconfigmap --prefix=MYSQL_ deployment/myapp
  
  # Import specific keys from a config map
  kubectl set env --keys=my-example-key --from=configmap/myconfigmap deployment/myapp
  
  # Remove the environment variable ENV from container 'c1' in all deployment configs
  kubectl set env deployments --all --containers="c1" ENV-
  
  # Remove the environment variable ENV from a deployment definition on disk and
  # update the deployment config on the server
  kubectl set env -f deploy.json ENV-
  
  # Set some of the local shell environment into a deployment config on the server
  env | grep RAILS_ | kubectl set env -e - deployment/registry`,
    usage: 'kubectl set env RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]',
    flags: [
      {
        name: 'all',
        type: 'bool',
        def: 'false',
        usage: `If true, select all resources in the namespace of the specified resource types`,
      },
      'allow-missing-template-keys',
      {
        name: 'containers',
        short: 'c',
        type: 'string',
        def: '*',
        usage: `The names of containers in the selected pod templates to change - may use wildcards`,
      },
      'dry-run',
      {
        name: 'env',
        short: 'e',
        type: 'stringArray',
        def: '[]',
        usage: `Specify a key-value pair for an environment variable to set into each container.`,
      },
      'field-manager~2',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files the resource to update the env`,
      },
      {
        name: 'from',
        type: 'string',
        def: '',
        usage: `The name of a resource from which to inject environment variables`,
      },
      {
        name: 'keys',
        type: 'stringArray',
        def: '[]',
        usage: `Comma-separated list of keys to import from specified resource`,
      },
      'kustomize',
      {
        name: 'list',
        type: 'bool',
        def: 'false',
        usage: `If true, display the environment and any changes in the standard format. this flag will removed when we have kubectl view env.`,
      },
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: `If true, set env will NOT contact api-server but run locally.`,
      },
      'output',
      {
        name: 'overwrite',
        type: 'bool',
        def: 'true',
        usage: `If true, allow environment to be overwritten, otherwise reject updates that overwrite existing environment.`,
      },
      { name: 'prefix', type: 'string', def: '', usage: 'Prefix to append to variable names' },
      'recursive',
      {
        name: 'resolve',
        type: 'bool',
        def: 'false',
        usage: `If true, show secret or configmap references when listing variables`,
      },
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'set image',
    short: 'Update the image of a pod template',
    long: `Update existing container image(s) of resources.

 Possible resources include (case insensitive):

        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)`,
    example: `  # Set a deployment's nginx container image to 'nginx:1.9.1', and its busybox container image to 'busybox'
  kubectl set image deployment/nginx busybox=busybox nginx=nginx:1.9.1
  
  # Update all deployments' and rc's nginx container's image to 'nginx:1.9.1'
  kubectl set image deployments,rc nginx=nginx:1.9.1 --all
  
  # Update image of all containers of daemonset abc to 'nginx:1.9.1'
  kubectl set image daemonset abc *=nginx:1.9.1
  
  # Print result (in yaml format) of updating nginx container image from local file, without hitting the server
  kubectl set image -f path/to/file.yaml nginx=nginx:1.9.1 --local -o yaml`,
    usage:
      'kubectl set image (-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]',
    flags: [
      'all',
      'allow-missing-template-keys',
      'dry-run',
      'field-manager~2',
      'filename',
      'kustomize',
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: `If true, set image will NOT contact api-server but run locally.`,
      },
      'output',
      'recursive',
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'set resources',
    short: 'Update resource requests/limits on objects with pod templates',
    long: `Specify compute resource requirements (CPU, memory) for any resource that defines a pod template.  If a pod is successfully scheduled, it is guaranteed the amount of resource requested, but may burst up to its specified limits.

 For each compute resource, if a limit is specified and a request is omitted, the request will default to the limit.

 Possible resources include (case insensitive): Use "kubectl api-resources" for a complete list of supported resources..`,
    example: `  # Set a deployments nginx container cpu limits to "200m" and memory to "512Mi"
  kubectl set resources deployment nginx -c=nginx --limits=cpu=200m,memory=512Mi
  
  # Set the resource request and limits for all containers in nginx
  kubectl set resources deployment nginx --limits=cpu=200m,memory=512Mi --requests=cpu=100m,memory=256Mi
  
  # Remove the resource requests for resources on containers in nginx
  kubectl set resources deployment nginx --limits=cpu=0,memory=0 --requests=cpu=0,memory=0
  
  # Print the result (in yaml format) of updating nginx container limits from a local, without hitting the server
  kubectl set resources -f path/to/file.yaml --limits=cpu=200m,memory=512Mi --local -o yaml`,
    usage:
      'kubectl set resources (-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]',
    flags: [
      'all',
      'allow-missing-template-keys',
      {
        name: 'containers',
        short: 'c',
        type: 'string',
        def: '*',
        usage: `The names of containers in the selected pod templates to change, all containers are selected by default - may use wildcards`,
      },
      'dry-run',
      'field-manager~2',
      'filename',
      'kustomize',
      {
        name: 'limits',
        type: 'string',
        def: '',
        usage: `The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.`,
      },
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: `If true, set resources will NOT contact api-server but run locally.`,
      },
      'output',
      'recursive',
      {
        name: 'requests',
        type: 'string',
        def: '',
        usage: `The resource requirement requests for this container.  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on the server configuration, such as limit ranges.`,
      },
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'set selector',
    short: 'Set the selector on a resource',
    long: `Set the selector on a resource. Note that the new selector will overwrite the old selector if the resource had one prior to the invocation of 'set selector'.

 A selector must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters. If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used. Note: currently selectors can only be set on Service objects.`,
    example: `  # Set the labels and selector before creating a deployment/service pair
  kubectl create service clusterip my-svc --clusterip="None" -o yaml --dry-run=client | kubectl set selector --local -f - 'environment=qa' -o yaml | kubectl create -f -
  kubectl create deployment my-dep -o yaml --dry-run=client | kubectl label --local -f - environment=qa -o yaml | kubectl create -f -`,
    usage:
      'kubectl set selector (-f FILENAME | TYPE NAME) EXPRESSIONS [--resource-version=version] [options]',
    flags: [
      'all~2',
      'allow-missing-template-keys',
      'dry-run',
      'field-manager~2',
      'filename~3',
      'local',
      'output',
      'recursive~2',
      {
        name: 'resource-version',
        type: 'string',
        def: '',
        usage: `If non-empty, the selectors update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`,
      },
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'set serviceaccount',
    short: 'Update the service account of a resource',
    aliases: ['sa'],
    long: `Update the service account of pod template resources.

 Possible resources (case insensitive) can be:

 replicationcontroller (rc), deployment (deploy), daemonset (ds), job, replicaset (rs), statefulset`,
    example: `  # Set deployment nginx-deployment's service account to serviceaccount1
  kubectl set serviceaccount deployment nginx-deployment serviceaccount1
  
  # Print the result (in YAML format) of updated nginx deployment with the service account from local file, without hitting the API server
  kubectl set sa -f nginx-deployment.yaml serviceaccount1 --local --dry-run=client -o yaml`,
    usage: 'kubectl set serviceaccount (-f FILENAME | TYPE NAME) SERVICE_ACCOUNT [options]',
    flags: [
      'all',
      'allow-missing-template-keys',
      'dry-run',
      'field-manager~2',
      'filename',
      'kustomize',
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: `If true, set serviceaccount will NOT contact api-server but run locally.`,
      },
      'output',
      'recursive',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'set subject',
    short: 'Update the user, group, or service account in a role binding or cluster role binding',
    long: `Update the user, group, or service account in a role binding or cluster role binding.`,
    example: `  # Update a cluster role binding for serviceaccount1
  kubectl set subject clusterrolebinding admin --serviceaccount=namespace:serviceaccount1
  
  # Update a role binding for user1, user2, and group1
  kubectl set subject rolebinding admin --user=user1 --user=user2 --group=group1
  
  # Print the result (in YAML format) of updating rolebinding subjects from a local, without hitting the server
  kubectl create rolebinding admin --role=admin --user=admin -o yaml --dry-run=client | kubectl set subject --local -f - --user=foo -o yaml`,
    usage:
      'kubectl set subject (-f FILENAME | TYPE NAME) [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
    flags: [
      'all',
      'allow-missing-template-keys',
      'dry-run',
      'field-manager~2',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files the resource to update the subjects`,
      },
      { name: 'group', type: 'stringSlice', def: '[]', usage: 'Groups to bind to the role' },
      'kustomize',
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: `If true, set subject will NOT contact api-server but run locally.`,
      },
      'output',
      'recursive',
      'selector',
      {
        name: 'serviceaccount',
        type: 'stringSlice',
        def: '[]',
        usage: 'Service accounts to bind to the role',
      },
      'show-managed-fields',
      'template',
      { name: 'user', type: 'stringSlice', def: '[]', usage: 'Usernames to bind to the role' },
    ],
  },
  {
    path: 'scale',
    short: 'Set a new size for a deployment, replica set, or replication controller',
    long: `Set a new size for a deployment, replica set, replication controller, or stateful set.

 Scale also allows users to specify one or more preconditions for the scale action.

 If --current-replicas or --resource-version is specified, it is validated before the scale is attempted, and it is guaranteed that the precondition holds true when the scale is sent to the server.`,
    example: `  # Scale a replica set named 'foo' to 3
  kubectl scale --replicas=3 rs/foo
  
  # Scale a resource identified by type and name specified in "foo.yaml" to 3
  kubectl scale --replicas=3 -f foo.yaml
  
  # If the deployment named mysql's current size is 2, scale mysql to 3
  kubectl scale --current-replicas=2 --replicas=3 deployment/mysql
  
  # Scale multiple replication controllers
  kubectl scale --replicas=5 rc/example1 rc/example2 rc/example3
  
  # Scale stateful set named 'web' to 3
  kubectl scale --replicas=3 statefulset/web`,
    usage:
      'kubectl scale [--resource-version=version] [--current-replicas=count] --replicas=COUNT (-f FILENAME | TYPE NAME) [options]',
    flags: [
      'all~2',
      'allow-missing-template-keys',
      {
        name: 'current-replicas',
        type: 'int',
        def: '-1',
        usage: `Precondition for current size. Requires that the current size of the resource match this value in order to scale. -1 (default) for no condition.`,
      },
      'dry-run',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files identifying the resource to set a new size`,
      },
      'kustomize',
      'output',
      'recursive',
      { name: 'replicas', type: 'int', def: '0', usage: 'The new desired number of replicas. Required.' },
      {
        name: 'resource-version',
        type: 'string',
        def: '',
        usage: `Precondition for resource version. Requires that the current resource version match this value in order to scale.`,
      },
      'selector',
      'show-managed-fields',
      'template',
      {
        name: 'timeout',
        type: 'duration',
        def: '0s',
        usage: `The length of time to wait before giving up on a scale operation, zero means don't wait. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).`,
      },
    ],
  },
  {
    path: 'autoscale',
    short: 'Auto-scale a deployment, replica set, stateful set, or replication controller',
    long: `Creates an autoscaler that automatically chooses and sets the number of pods that run in a Kubernetes cluster.

 Looks up a deployment, replica set, stateful set, or replication controller by name and creates an autoscaler that uses the given resource as a reference. An autoscaler can automatically increase or decrease number of pods deployed within the system as needed.`,
    example: `  # Auto scale a deployment "foo", with the number of pods between 2 and 10, no target CPU utilization specified so a default autoscaling policy will be used
  kubectl autoscale deployment foo --min=2 --max=10
  
  # Auto scale a replication controller "foo", with the number of pods between 1 and 5, target CPU utilization at 80%
  kubectl autoscale rc foo --max=5 --cpu-percent=80`,
    usage:
      'kubectl autoscale (-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu-percent=CPU] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'cpu-percent',
        type: 'int',
        def: '-1',
        usage: `The target average CPU utilization (represented as a percent of requested CPU) over all the pods. If it's not specified or negative, a default autoscaling policy will be used.`,
      },
      'dry-run',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-autoscale',
        usage: 'Name of the manager used to track field ownership.',
      },
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files identifying the resource to autoscale.`,
      },
      'kustomize',
      {
        name: 'max',
        type: 'int',
        def: '-1',
        usage: `The upper limit for the number of pods that can be set by the autoscaler. Required.`,
      },
      {
        name: 'min',
        type: 'int',
        def: '-1',
        usage: `The lower limit for the number of pods that can be set by the autoscaler. If it's not specified or negative, the server will apply a default value.`,
      },
      {
        name: 'name',
        type: 'string',
        def: '',
        usage: `The name for the newly created object. If not specified, the name of the input resource will be used.`,
      },
      'output',
      'recursive',
      'save-config',
      'show-managed-fields',
      'template',
    ],
  },
];
