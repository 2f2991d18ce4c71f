/** Help data of kubectl describe, events, explain, get (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_GET: CommandDoc[] = [
  {
    path: 'explain',
    short: 'Get documentation for a resource',
    long: `Describe fields and structure of various resources.

 This command describes the fields associated with each supported API resource. Fields are identified via a simple JSONPath identifier:

        <type>.<fieldName>[.<fieldName>]
        
 Information about each field is retrieved from the server in OpenAPI format.

Use "kubectl api-resources" for a complete list of supported resources.`,
    example: `  # Get the documentation of the resource and its fields
  kubectl explain pods
  
  # Get all the fields in the resource
  kubectl explain pods --recursive
  
  # Get the explanation for deployment in supported api versions
  kubectl explain deployments --api-version=apps/v1
  
  # Get the documentation of a specific field of a resource
  kubectl explain pods.spec.containers
  
  # Get the documentation of resources in different format
  kubectl explain deployment --output=plaintext-openapiv2`,
    usage:
      'kubectl explain TYPE [--recursive=FALSE|TRUE] [--api-version=api-version-group] [-o|--output=plaintext|plaintext-openapiv2] [options]',
    flags: [
      {
        name: 'api-version',
        type: 'string',
        def: '',
        usage: 'Use given api-version (group/version) of the resource.',
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
        def: 'plaintext',
        usage: `Format in which to render the schema. Valid values are: (plaintext, plaintext-openapiv2).`,
      },
      {
        name: 'recursive',
        type: 'bool',
        def: 'false',
        usage: `When true, print the name of all the fields recursively. Otherwise, print the available fields with their description.`,
      },
    ],
  },
  {
    path: 'get',
    short: 'Display one or many resources',
    long: `Display one or many resources.

 Prints a table of the most important information about the specified resources. You can filter the list using a label selector and the --selector flag. If the desired resource type is namespaced you will only see results in the current namespace if you don't specify any namespace.

 By specifying the output as 'template' and providing a Go template as the value of the --template flag, you can filter the attributes of the fetched resources.

Use "kubectl api-resources" for a complete list of supported resources.`,
    example: `  # List all pods in ps output format
  kubectl get pods
  
  # List all pods in ps output format with more information (such as node name)
  kubectl get pods -o wide
  
  # List a single replication controller with specified NAME in ps output format
  kubectl get replicationcontroller web
  
  # List deployments in JSON output format, in the "v1" version of the "apps" API group
  kubectl get deployments.v1.apps -o json
  
  # List a single pod in JSON output format
  kubectl get -o json pod web-pod-13je7
  
  # List a pod identified by type and name specified in "pod.yaml" in JSON output format
  kubectl get -f pod.yaml -o json
  
  # List resources from a directory with kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl get -k dir/
  
  # Return only the phase value of the specified pod
  kubectl get -o template pod/web-pod-13je7 --template={{.status.phase}}
  
  # List resource information in custom columns
  kubectl get pod test-pod -o custom-columns=CONTAINER:.spec.containers[0].name,IMAGE:.spec.containers[0].image
  
  # List all replication controllers and services together in ps output format
  kubectl get rc,services
  
  # List one or more resources by their type and names
  kubectl get rc/web service/frontend pods/web-pod-13je7
  
  # List the 'status' subresource for a single pod
  kubectl get pod web-pod-13je7 --subresource status
  
  # List all deployments in namespace 'backend'
  kubectl get deployments.apps --namespace backend
  
  # List all pods existing in all namespaces
  kubectl get pods --all-namespaces`,
    usage:
      'kubectl get [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file|custom-columns|custom-columns-file|wide] (TYPE[.VERSION][.GROUP] [NAME | -l label] | TYPE[.VERSION][.GROUP]/NAME ...) [flags] [options]',
    flags: [
      'all-namespaces',
      'allow-missing-template-keys',
      'chunk-size',
      'field-selector',
      'filename',
      {
        name: 'ignore-not-found',
        type: 'bool',
        def: 'false',
        usage: `If the requested object does not exist the command will return exit code 0.`,
      },
      'kustomize',
      {
        name: 'label-columns',
        short: 'L',
        type: 'stringSlice',
        def: '[]',
        usage: `Accepts a comma separated list of labels that are going to be presented as columns. Names are case-sensitive. You can also use multiple flag options like -L label1 -L label2...`,
      },
      'no-headers',
      {
        name: 'output',
        short: 'o',
        type: 'string',
        def: '',
        usage: `Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, jsonpath, jsonpath-as-json, jsonpath-file, custom-columns, custom-columns-file, wide). See custom columns [https://kubernetes.io/docs/reference/kubectl/#custom-columns], golang template [http://golang.org/pkg/text/template/#pkg-overview] and jsonpath template [https://kubernetes.io/docs/reference/kubectl/jsonpath/].`,
      },
      {
        name: 'output-watch-events',
        type: 'bool',
        def: 'false',
        usage: `Output watch event objects when --watch or --watch-only is used. Existing objects are output as initial ADDED events.`,
      },
      {
        name: 'raw',
        type: 'string',
        def: '',
        usage: `Raw URI to request from the server.  Uses the transport specified by the kubeconfig file.`,
      },
      'recursive',
      'selector',
      {
        name: 'server-print',
        type: 'bool',
        def: 'true',
        usage: `If true, have the server return the appropriate table output. Supports extension APIs and CRDs.`,
      },
      {
        name: 'show-kind',
        type: 'bool',
        def: 'false',
        usage: `If present, list the resource type for the requested object(s).`,
      },
      {
        name: 'show-labels',
        type: 'bool',
        def: 'false',
        usage: `When printing, show all labels as the last column (default hide labels column)`,
      },
      'show-managed-fields',
      {
        name: 'sort-by',
        type: 'string',
        def: '',
        usage: `If non-empty, sort list types using this field specification.  The field specification is expressed as a JSONPath expression (e.g. '{.metadata.name}'). The field in the API resource specified by this JSONPath expression must be an integer or a string.`,
      },
      {
        name: 'subresource',
        type: 'string',
        def: '',
        usage: `If specified, gets the subresource of the requested object. This flag is beta and may change in the future.`,
      },
      'template',
      {
        name: 'watch',
        short: 'w',
        type: 'bool',
        def: 'false',
        usage: `After listing/getting the requested object, watch for changes.`,
      },
      {
        name: 'watch-only',
        type: 'bool',
        def: 'false',
        usage: `Watch for changes to the requested object(s), without listing/getting first.`,
      },
    ],
  },
  {
    path: 'describe',
    short: 'Show details of a specific resource or group of resources',
    long: `Show details of a specific resource or group of resources.

 Print a detailed description of the selected resources, including related resources such as events or controllers. You may select a single object by name, all objects of that type, provide a name prefix, or label selector. For example:

        $ kubectl describe TYPE NAME_PREFIX
        
 will first check for an exact match on TYPE and NAME_PREFIX. If no such resource exists, it will output details for every resource that has a name prefixed with NAME_PREFIX.

Use "kubectl api-resources" for a complete list of supported resources.`,
    example: `  # Describe a node
  kubectl describe nodes kubernetes-node-emt8.c.myproject.internal
  
  # Describe a pod
  kubectl describe pods/nginx
  
  # Describe a pod identified by type and name in "pod.json"
  kubectl describe -f pod.json
  
  # Describe all pods
  kubectl describe pods
  
  # Describe pods by label name=myLabel
  kubectl describe pods -l name=myLabel
  
  # Describe all pods managed by the 'frontend' replication controller
  # (rc-created pods get the name of the rc as a prefix in the pod name)
  kubectl describe pods frontend`,
    usage: 'kubectl describe (-f FILENAME | TYPE [NAME_PREFIX | -l label] | TYPE/NAME) [options]',
    flags: [
      'all-namespaces',
      'chunk-size',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files containing the resource to describe`,
      },
      'kustomize',
      'recursive',
      'selector',
      {
        name: 'show-events',
        type: 'bool',
        def: 'true',
        usage: 'If true, display events related to the described object.',
      },
    ],
  },
  {
    path: 'events',
    short: 'List events',
    long: `Display events.

 Prints a table of the most important information about events. You can request events for a namespace, for all namespace, or filtered to only those pertaining to a specified resource.`,
    example: `  # List recent events in the default namespace
  kubectl events
  
  # List recent events in all namespaces
  kubectl events --all-namespaces
  
  # List recent events for the specified pod, then wait for more events and list them as they arrive
  kubectl events --for pod/web-pod-13je7 --watch
  
  # List recent events in YAML format
  kubectl events -oyaml
  
  # List recent only events of type 'Warning' or 'Normal'
  kubectl events --types=Warning,Normal`,
    usage:
      'kubectl events [(-o|--output=)json|yaml|name|go-template|go-template-file|template|templatefile|jsonpath|jsonpath-as-json|jsonpath-file] [--for TYPE/NAME] [--watch] [--types=Normal,Warning] [options]',
    flags: [
      'all-namespaces',
      'allow-missing-template-keys',
      'chunk-size',
      {
        name: 'for',
        type: 'string',
        def: '',
        usage: `Filter events to only those pertaining to the specified resource.`,
      },
      {
        name: 'no-headers',
        type: 'bool',
        def: 'false',
        usage: "When using the default output format, don't print headers.",
      },
      'output',
      'show-managed-fields',
      'template',
      { name: 'types', type: 'stringSlice', def: '[]', usage: 'Output only events of given types.' },
      {
        name: 'watch',
        short: 'w',
        type: 'bool',
        def: 'false',
        usage: 'After listing the requested events, watch for more events.',
      },
    ],
  },
];
