/** Help data of kubectl annotate, label, rollout (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_ROLLOUT: CommandDoc[] = [
  {
    path: 'rollout',
    short: 'Manage the rollout of a resource',
    long: `Manage the rollout of one or many resources.
        
 Valid resource types include:

  *  deployments
  *  daemonsets
  *  statefulsets`,
    example: `  # Rollback to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Check the rollout status of a daemonset
  kubectl rollout status daemonset/foo
  
  # Restart a deployment
  kubectl rollout restart deployment/abc
  
  # Restart deployments with the 'app=nginx' label
  kubectl rollout restart deployment --selector=app=nginx`,
    usage: 'kubectl rollout SUBCOMMAND [options]',
  },
  {
    path: 'rollout history',
    short: 'View rollout history',
    long: `View previous rollout revisions and configurations.`,
    example: `  # View the rollout history of a deployment
  kubectl rollout history deployment/abc
  
  # View the details of daemonset revision 3
  kubectl rollout history daemonset/abc --revision=3`,
    usage: 'kubectl rollout history (TYPE NAME | TYPE/NAME) [flags] [options]',
    flags: [
      'allow-missing-template-keys',
      'filename',
      'kustomize',
      'output',
      'recursive',
      {
        name: 'revision',
        type: 'int',
        def: '0',
        usage: `See the details, including podTemplate of the revision specified`,
      },
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'rollout pause',
    short: 'Mark the provided resource as paused',
    long: `Mark the provided resource as paused.

 Paused resources will not be reconciled by a controller. Use "kubectl rollout resume" to resume a paused resource. Currently only deployments support being paused.`,
    example: `  # Mark the nginx deployment as paused
  # Any current state of the deployment will continue its function; new updates
  # to the deployment will not have an effect as long as the deployment is paused
  kubectl rollout pause deployment/nginx`,
    usage: 'kubectl rollout pause RESOURCE [options]',
    flags: [
      'allow-missing-template-keys',
      'field-manager~3',
      'filename',
      'kustomize',
      'output',
      'recursive',
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'rollout restart',
    short: 'Restart a resource',
    long: `Restart a resource.

        Resource rollout will be restarted.`,
    example: `  # Restart all deployments in the test-namespace namespace
  kubectl rollout restart deployment -n test-namespace
  
  # Restart a deployment
  kubectl rollout restart deployment/nginx
  
  # Restart a daemon set
  kubectl rollout restart daemonset/abc
  
  # Restart deployments with the app=nginx label
  kubectl rollout restart deployment --selector=app=nginx`,
    usage: 'kubectl rollout restart RESOURCE [options]',
    flags: [
      'allow-missing-template-keys',
      'field-manager~3',
      'filename',
      'kustomize',
      'output',
      'recursive',
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'rollout resume',
    short: 'Resume a paused resource',
    long: `Resume a paused resource.

 Paused resources will not be reconciled by a controller. By resuming a resource, we allow it to be reconciled again. Currently only deployments support being resumed.`,
    example: `  # Resume an already paused deployment
  kubectl rollout resume deployment/nginx`,
    usage: 'kubectl rollout resume RESOURCE [options]',
    flags: [
      'allow-missing-template-keys',
      'field-manager~3',
      'filename',
      'kustomize',
      'output',
      'recursive',
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'rollout status',
    short: 'Show the status of the rollout',
    long: `Show the status of the rollout.

 By default 'rollout status' will watch the status of the latest rollout until it's done. If you don't want to wait for the rollout to finish then you can use --watch=false. Note that if a new rollout starts in-between, then 'rollout status' will continue watching the latest revision. If you want to pin to a specific revision and abort if it is rolled over by another revision, use --revision=N where N is the revision you need to watch for.`,
    example: `  # Watch the rollout status of a deployment
  kubectl rollout status deployment/nginx`,
    usage: 'kubectl rollout status (TYPE NAME | TYPE/NAME) [flags] [options]',
    flags: [
      'filename',
      'kustomize',
      'recursive',
      {
        name: 'revision',
        type: 'int',
        def: '0',
        usage: `Pin to a specific revision for showing its status. Defaults to 0 (last revision).`,
      },
      'selector',
      {
        name: 'timeout',
        type: 'duration',
        def: '0s',
        usage: `The length of time to wait before ending watch, zero means never. Any other values should contain a corresponding time unit (e.g. 1s, 2m, 3h).`,
      },
      {
        name: 'watch',
        short: 'w',
        type: 'bool',
        def: 'true',
        usage: "Watch the status of the rollout until it's done.",
      },
    ],
  },
  {
    path: 'rollout undo',
    short: 'Undo a previous rollout',
    long: `Roll back to a previous rollout.`,
    example: `  # Roll back to the previous deployment
  kubectl rollout undo deployment/abc
  
  # Roll back to daemonset revision 3
  kubectl rollout undo daemonset/abc --to-revision=3
  
  # Roll back to the previous deployment with dry-run
  kubectl rollout undo --dry-run=server deployment/abc`,
    usage: 'kubectl rollout undo (TYPE NAME | TYPE/NAME) [flags] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'filename',
      'kustomize',
      'output',
      'recursive',
      'selector',
      'show-managed-fields',
      'template',
      {
        name: 'to-revision',
        type: 'int',
        def: '0',
        usage: 'The revision to rollback to. Default to 0 (last revision).',
      },
    ],
  },
  {
    path: 'label',
    short: 'Update the labels on a resource',
    long: `Update the labels on a resource.

  *  A label key and value must begin with a letter or number, and may contain letters, numbers, hyphens, dots, and underscores, up to 63 characters each.
  *  Optionally, the key can begin with a DNS subdomain prefix and a single '/', like example.com/my-app.
  *  If --overwrite is true, then existing labels can be overwritten, otherwise attempting to overwrite a label will result in an error.
  *  If --resource-version is specified, then updates will use this resource version, otherwise the existing resource-version will be used.`,
    example: `  # Update pod 'foo' with the label 'unhealthy' and the value 'true'
  kubectl label pods foo unhealthy=true
  
  # Update pod 'foo' with the label 'status' and the value 'unhealthy', overwriting any existing value
  kubectl label --overwrite pods foo status=unhealthy
  
  # Update all pods in the namespace
  kubectl label pods --all status=unhealthy
  
  # Update a pod identified by the type and name in "pod.json"
  kubectl label -f pod.json status=unhealthy
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl label pods foo status=unhealthy --resource-version=1
  
  # Update pod 'foo' by removing a label named 'bar' if it exists
  # Does not require the --overwrite flag
  kubectl label pods foo bar-`,
    usage:
      'kubectl label [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
    flags: [
      'all',
      'all-namespaces~2',
      'allow-missing-template-keys',
      'dry-run',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-label',
        usage: 'Name of the manager used to track field ownership.',
      },
      'field-selector',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files identifying the resource to update the labels`,
      },
      'kustomize',
      {
        name: 'list',
        type: 'bool',
        def: 'false',
        usage: 'If true, display the labels for a given resource.',
      },
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: 'If true, label will NOT contact api-server but run locally.',
      },
      'output',
      {
        name: 'overwrite',
        type: 'bool',
        def: 'false',
        usage: `If true, allow labels to be overwritten, otherwise reject label updates that overwrite existing labels.`,
      },
      'recursive',
      {
        name: 'resource-version',
        type: 'string',
        def: '',
        usage: `If non-empty, the labels update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`,
      },
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'annotate',
    short: 'Update the annotations on a resource',
    long: `Update the annotations on one or more resources.

 All Kubernetes objects support the ability to store additional data with the object as annotations. Annotations are key/value pairs that can be larger than labels and include arbitrary string values such as structured JSON. Tools and system extensions may use annotations to store their own data.

 Attempting to set an annotation that already exists will fail unless --overwrite is set. If --resource-version is specified and does not match the current resource version on the server the command will fail.

Use "kubectl api-resources" for a complete list of supported resources.`,
    example: `  # Update pod 'foo' with the annotation 'description' and the value 'my frontend'
  # If the same annotation is set multiple times, only the last value will be applied
  kubectl annotate pods foo description='my frontend'
  
  # Update a pod identified by type and name in "pod.json"
  kubectl annotate -f pod.json description='my frontend'
  
  # Update pod 'foo' with the annotation 'description' and the value 'my frontend running nginx', overwriting any existing value
  kubectl annotate --overwrite pods foo description='my frontend running nginx'
  
  # Update all pods in the namespace
  kubectl annotate pods --all description='my frontend running nginx'
  
  # Update pod 'foo' only if the resource is unchanged from version 1
  kubectl annotate pods foo description='my frontend running nginx' --resource-version=1
  
  # Update pod 'foo' by removing an annotation named 'description' if it exists
  # Does not require the --overwrite flag
  kubectl annotate pods foo description-`,
    usage:
      'kubectl annotate [--overwrite] (-f FILENAME | TYPE NAME) KEY_1=VAL_1 ... KEY_N=VAL_N [--resource-version=version] [options]',
    flags: [
      {
        name: 'all',
        type: 'bool',
        def: 'false',
        usage: `Select all resources, in the namespace of the specified resource types.`,
      },
      'all-namespaces~2',
      'allow-missing-template-keys',
      'dry-run',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-annotate',
        usage: 'Name of the manager used to track field ownership.',
      },
      'field-selector',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files identifying the resource to update the annotation`,
      },
      'kustomize',
      {
        name: 'list',
        type: 'bool',
        def: 'false',
        usage: 'If true, display the annotations for a given resource.',
      },
      'local',
      'output',
      {
        name: 'overwrite',
        type: 'bool',
        def: 'false',
        usage: `If true, allow annotations to be overwritten, otherwise reject annotation updates that overwrite existing annotations.`,
      },
      'recursive',
      {
        name: 'resource-version',
        type: 'string',
        def: '',
        usage: `If non-empty, the annotation update will only succeed if this is the current resource-version for the object. Only valid when specifying a single resource.`,
      },
      'selector',
      'show-managed-fields',
      'template',
    ],
  },
];
