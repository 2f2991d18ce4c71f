/** Help data of kubectl delete, edit, patch, replace, wait (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_MODIFY: CommandDoc[] = [
  {
    path: 'edit',
    short: 'Edit a resource on the server',
    long: `Edit a resource from the default editor.

 The edit command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. When attempting to open the editor, it will first attempt to use the shell that has been defined in the 'SHELL' environment variable. If this is not defined, the default shell will be used, which is '/bin/bash' for Linux or 'cmd' for Windows.

 You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 Editing is done with the API version used to fetch the resource. To edit using a specific API version, fully-qualify the resource, version, and group.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.`,
    example: `  # Edit the service named 'registry'
  kubectl edit svc/registry
  
  # Use an alternative editor
  KUBE_EDITOR="nano" kubectl edit svc/registry
  
  # Edit the job 'myjob' in JSON using the v1 API format
  kubectl edit job.v1.batch/myjob -o json
  
  # Edit the deployment 'mydeployment' in YAML and save the modified config in its annotation
  kubectl edit deployment/mydeployment -o yaml --save-config
  
  # Edit the 'status' subresource for the 'mydeployment' deployment
  kubectl edit deployment mydeployment --subresource='status'`,
    usage: 'kubectl edit (RESOURCE/NAME | -f FILENAME) [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-edit',
        usage: 'Name of the manager used to track field ownership.',
      },
      'filename~4',
      'kustomize',
      'output',
      {
        name: 'output-patch',
        type: 'bool',
        def: 'false',
        usage: 'Output the patch if the resource is edited.',
      },
      'recursive',
      'save-config',
      'show-managed-fields',
      {
        name: 'subresource',
        type: 'string',
        def: '',
        usage: `If specified, edit will operate on the subresource of the requested object. This flag is beta and may change in the future.`,
      },
      'template',
      'validate',
      'windows-line-endings',
    ],
  },
  {
    path: 'delete',
    short: 'Delete resources by file names, stdin, resources and names, or by resources and label selector',
    long: `Delete resources by file names, stdin, resources and names, or by resources and label selector.

 JSON and YAML formats are accepted. Only one type of argument may be specified: file names, resources and names, or resources and label selector.

 Some resources, such as pods, support graceful deletion. These resources define a default period before they are forcibly terminated (the grace period) but you may override that value with the --grace-period flag, or pass --now to set a grace-period of 1. Because these resources often represent entities in the cluster, deletion may not be acknowledged immediately. If the node hosting a pod is down or cannot reach the API server, termination may take significantly longer than the grace period. To force delete a resource, you must specify the --force flag. Note: only a subset of resources support graceful deletion. In absence of the support, the --grace-period flag is ignored.

 IMPORTANT: Force deleting pods does not wait for confirmation that the pod's processes have been terminated, which can leave those processes running until the node detects the deletion and completes graceful deletion. If your processes use shared storage or talk to a remote API and depend on the name of the pod to identify themselves, force deleting those pods may result in multiple processes running on different machines using the same identification which may lead to data corruption or inconsistency. Only force delete pods when you are sure the pod is terminated, or if your application can tolerate multiple copies of the same pod running at once. Also, if you force delete pods, the scheduler may place new pods on those nodes before the node has released those resources and causing those pods to be evicted immediately.

 Note that the delete command does NOT do resource version checks, so if someone submits an update to a resource right when you submit a delete, their update will be lost along with the rest of the resource.

 After a CustomResourceDefinition is deleted, invalidation of discovery cache may take up to 6 hours. If you don't want to wait, you might want to run "kubectl api-resources" to refresh the discovery cache.`,
    example: `  # Delete a pod using the type and name specified in pod.json
  kubectl delete -f ./pod.json
  
  # Delete resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl delete -k dir
  
  # Delete resources from all files that end with '.json'
  kubectl delete -f '*.json'
  
  # Delete a pod based on the type and name in the JSON passed into stdin
  cat pod.json | kubectl delete -f -
  
  # Delete pods and services with same names "baz" and "foo"
  kubectl delete pod,service baz foo
  
  # Delete pods and services with label name=myLabel
  kubectl delete pods,services -l name=myLabel
  
  # Delete a pod with minimal delay
  kubectl delete pod foo --now
  
  # Force delete a pod on a dead node
  kubectl delete pod foo --force
  
  # Delete all pods
  kubectl delete pods --all
  
  # Delete all pods only if the user confirms the deletion
  kubectl delete pods --all --interactive`,
    usage: 'kubectl delete ([-f FILENAME] | [-k DIRECTORY] | TYPE [(NAME | -l label | --all)]) [options]',
    flags: [
      {
        name: 'all',
        type: 'bool',
        def: 'false',
        usage: `Delete all resources, in the namespace of the specified resource types.`,
      },
      'all-namespaces',
      'cascade',
      'dry-run',
      'field-selector',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: 'containing the resource to delete.',
      },
      'force',
      'grace-period',
      {
        name: 'ignore-not-found',
        type: 'bool',
        def: 'false',
        usage: `Treat "resource not found" as a successful delete. Defaults to "true" when --all is specified.`,
      },
      {
        name: 'interactive',
        short: 'i',
        type: 'bool',
        def: 'false',
        usage: 'If true, delete resource only when user confirms.',
      },
      'kustomize~2',
      {
        name: 'now',
        type: 'bool',
        def: 'false',
        usage: `If true, resources are signaled for immediate shutdown (same as --grace-period=1).`,
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
        def: '',
        usage: `Output mode. Use "-o name" for shorter output (resource/name).`,
      },
      {
        name: 'raw',
        type: 'string',
        def: '',
        usage: `Raw URI to DELETE to the server.  Uses the transport specified by the kubeconfig file.`,
      },
      'recursive',
      'selector',
      'timeout',
      {
        name: 'wait',
        type: 'bool',
        def: 'true',
        usage: `If true, wait for resources to be gone before returning. This waits for finalizers.`,
      },
    ],
  },
  {
    path: 'patch',
    short: 'Update fields of a resource',
    long: `Update fields of a resource using strategic merge patch, a JSON merge patch, or a JSON patch.

 JSON and YAML formats are accepted.

 Note: Strategic merge patch is not supported for custom resources.`,
    example: `  # Partially update a node using a strategic merge patch, specifying the patch as JSON
  kubectl patch node k8s-node-1 -p '{"spec":{"unschedulable":true}}'
  
  # Partially update a node using a strategic merge patch, specifying the patch as YAML
  kubectl patch node k8s-node-1 -p $'spec:\\n unschedulable: true'
  
  # Partially update a node identified by the type and name specified in "node.json" using strategic merge patch
  kubectl patch -f node.json -p '{"spec":{"unschedulable":true}}'
  
  # Update a container's image; spec.containers[*].name is required because it's a merge key
  kubectl patch pod valid-pod -p '{"spec":{"containers":[{"name":"kubernetes-serve-hostname","image":"new image"}]}}'
  
  # Update a container's image using a JSON patch with positional arrays
  kubectl patch pod valid-pod --type='json' -p='[{"op": "replace", "path": "/spec/containers/0/image", "value":"new image"}]'
  
  # Update a deployment's replicas through the 'scale' subresource using a merge patch
  kubectl patch deployment nginx-deployment --subresource='scale' --type='merge' -p '{"spec":{"replicas":2}}'`,
    usage: 'kubectl patch (-f FILENAME | TYPE NAME) [-p PATCH|--patch-file FILE] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-patch',
        usage: 'Name of the manager used to track field ownership.',
      },
      'filename~2',
      'kustomize',
      {
        name: 'local',
        type: 'bool',
        def: 'false',
        usage: `If true, patch will operate on the content of the file, not the server-side resource.`,
      },
      'output',
      {
        name: 'patch',
        short: 'p',
        type: 'string',
        def: '',
        usage: 'The patch to be applied to the resource JSON file.',
      },
      {
        name: 'patch-file',
        type: 'string',
        def: '',
        usage: 'A file containing a patch to be applied to the resource.',
      },
      'recursive',
      'show-managed-fields',
      {
        name: 'subresource',
        type: 'string',
        def: '',
        usage: `If specified, patch will operate on the subresource of the requested object. This flag is beta and may change in the future.`,
      },
      'template',
      {
        name: 'type',
        type: 'string',
        def: 'strategic',
        usage: `The type of patch being provided; one of [json merge strategic]`,
      },
    ],
  },
  {
    path: 'replace',
    short: 'Replace a resource by file name or stdin',
    long: `Replace a resource by file name or stdin.

 JSON and YAML formats are accepted. If replacing an existing resource, the complete resource spec must be provided. This can be obtained by

        $ kubectl get TYPE NAME -o yaml`,
    example: `  # Replace a pod using the data in pod.json
  kubectl replace -f ./pod.json
  
  # Replace a pod based on the JSON passed into stdin
  cat pod.json | kubectl replace -f -
  
  # Update a single-container pod's image version (tag) to v4
  kubectl get pod mypod -o yaml | sed 's/\\(image: myimage\\):.*$/\\1:v4/' | kubectl replace -f -
  
  # Force replace, delete and then re-create the resource
  kubectl replace --force -f ./pod.json`,
    usage: 'kubectl replace -f FILENAME [options]',
    flags: [
      'allow-missing-template-keys',
      'cascade',
      'dry-run',
      {
        name: 'field-manager',
        type: 'string',
        def: 'kubectl-replace',
        usage: 'Name of the manager used to track field ownership.',
      },
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: 'The files that contain the configurations to replace.',
      },
      'force',
      'grace-period',
      'kustomize~2',
      'output',
      {
        name: 'raw',
        type: 'string',
        def: '',
        usage: `Raw URI to PUT to the server.  Uses the transport specified by the kubeconfig file.`,
      },
      'recursive',
      'save-config',
      'show-managed-fields',
      {
        name: 'subresource',
        type: 'string',
        def: '',
        usage: `If specified, replace will operate on the subresource of the requested object. This flag is beta and may change in the future.`,
      },
      'template',
      'timeout',
      'validate',
      'wait',
    ],
  },
  {
    path: 'wait',
    short: 'Experimental: Wait for a specific condition on one or many resources',
    long: `Experimental: Wait for a specific condition on one or many resources.

 The command takes multiple resources and waits until the specified condition is seen in the Status field of every given resource.

 Alternatively, the command can wait for the given set of resources to be created or deleted by providing the "create" or "delete" keyword as the value to the --for flag.

 A successful message will be printed to stdout indicating when the specified condition has been met. You can use -o option to change to output destination.`,
    example: `  # Wait for the pod "busybox1" to contain the status condition of type "Ready"
  kubectl wait --for=condition=Ready pod/busybox1
  
  # The default value of status condition is true; you can wait for other targets after an equal delimiter (compared after Unicode simple case folding, which is a more general form of case-insensitivity)
  kubectl wait --for=condition=Ready=false pod/busybox1
  
  # Wait for the pod "busybox1" to contain the status phase to be "Running"
  kubectl wait --for=jsonpath='{.status.phase}'=Running pod/busybox1
  
  # Wait for pod "busybox1" to be Ready
  kubectl wait --for='jsonpath={.status.conditions[?(@.type=="Ready")].status}=True' pod/busybox1
  
  # Wait for the service "loadbalancer" to have ingress
  kubectl wait --for=jsonpath='{.status.loadBalancer.ingress}' service/loadbalancer
  
  # Wait for the secret "busybox1" to be created, with a timeout of 30s
  kubectl create secret generic busybox1
  kubectl wait --for=create secret/busybox1 --timeout=30s
  
  # Wait for the pod "busybox1" to be deleted, with a timeout of 60s, after having issued the "delete" command
  kubectl delete pod/busybox1
  kubectl wait --for=delete pod/busybox1 --timeout=60s`,
    usage:
      "kubectl wait ([-f FILENAME] | resource.group/resource.name | resource.group [(-l label | --all)]) [--for=create|--for=delete|--for condition=available|--for=jsonpath='{}'[=value]] [options]",
    flags: [
      'all~2',
      'all-namespaces',
      'allow-missing-template-keys',
      'field-selector',
      'filename~3',
      {
        name: 'for',
        type: 'string',
        def: '',
        usage: `The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{JSONPath expression}'=[JSONPath value]]. The default condition-value is true. Condition values are compared after Unicode simple case folding, which is a more general form of case-insensitivity.`,
      },
      'local',
      'output',
      'recursive~2',
      {
        name: 'selector',
        short: 'l',
        type: 'string',
        def: '',
        usage: `Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2)`,
      },
      'show-managed-fields',
      'template',
      {
        name: 'timeout',
        type: 'duration',
        def: '30s',
        usage: `The length of time to wait before giving up. Zero means check once and don't wait, negative means wait for a week.`,
      },
    ],
  },
];
