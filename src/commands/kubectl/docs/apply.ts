/** Help data of kubectl apply, diff (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_APPLY: CommandDoc[] = [
  {
    path: 'diff',
    short: 'Diff the live version against a would-be applied version',
    long: `Diff configurations specified by file name or stdin between the current online configuration, and the configuration as it would be if applied.

 The output is always YAML.

 KUBECTL_EXTERNAL_DIFF environment variable can be used to select your own diff command. Users can use external commands with params too, example: KUBECTL_EXTERNAL_DIFF="colordiff -N -u"

 By default, the "diff" command available in your path will be run with the "-u" (unified diff) and "-N" (treat absent files as empty) options.

 Exit status: 0 No differences were found. 1 Differences were found. >1 Kubectl or diff failed with an error.

 Note: KUBECTL_EXTERNAL_DIFF, if used, is expected to follow that convention.`,
    example: `  # Diff resources included in pod.json
  kubectl diff -f pod.json
  
  # Diff file read from stdin
  cat service.yaml | kubectl diff -f -`,
    usage: 'kubectl diff -f FILENAME [options]',
    flags: [
      {
        name: 'concurrency',
        type: 'int',
        def: '1',
        usage: `Number of objects to process in parallel when diffing against the live version. Larger number = faster, but more memory, I/O and CPU over that shorter period of time.`,
      },
      'field-manager~4',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files contains the configuration to diff`,
      },
      'force-conflicts',
      'kustomize',
      {
        name: 'prune',
        type: 'bool',
        def: 'false',
        usage: `Include resources that would be deleted by pruning. Can be used with -l and default shows all resources would be pruned`,
      },
      'prune-allowlist',
      'recursive',
      'selector',
      'server-side',
      {
        name: 'show-managed-fields',
        type: 'bool',
        def: 'false',
        usage: 'If true, include managed fields in the diff.',
      },
    ],
  },
  {
    path: 'apply',
    short: 'Apply a configuration to a resource by file name or stdin',
    long: `Apply a configuration to a resource by file name or stdin. The resource name must be specified. This resource will be created if it doesn't exist yet. To use 'apply', always create the resource initially with either 'apply' or 'create --save-config'.

 JSON and YAML formats are accepted.

 Alpha Disclaimer: the --prune functionality is not yet complete. Do not use unless you are aware of what the current state is. See https://issues.k8s.io/34274.`,
    example: `  # Apply the configuration in pod.json to a pod
  kubectl apply -f ./pod.json
  
  # Apply resources from a directory containing kustomization.yaml - e.g. dir/kustomization.yaml
  kubectl apply -k dir/
  
  # Apply the JSON passed into stdin to a pod
  cat pod.json | kubectl apply -f -
  
  # Apply the configuration from all files that end with '.json'
  kubectl apply -f '*.json'
  
  # Note: --prune is still in Alpha
  # Apply the configuration in manifest.yaml that matches label app=nginx and delete all other resources that are not in the file and match label app=nginx
  kubectl apply --prune -f manifest.yaml -l app=nginx
  
  # Apply the configuration in manifest.yaml and delete all the other config maps that are not in the file
  kubectl apply --prune -f manifest.yaml --all --prune-allowlist=core/v1/ConfigMap`,
    usage: 'kubectl apply (-f FILENAME | -k DIRECTORY) [options]',
    flags: [
      {
        name: 'all',
        type: 'bool',
        def: 'false',
        usage: `Select all resources in the namespace of the specified resource types.`,
      },
      'allow-missing-template-keys',
      'cascade',
      'dry-run',
      'field-manager~4',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: 'The files that contain the configurations to apply.',
      },
      'force',
      'force-conflicts',
      'grace-period',
      'kustomize~2',
      {
        name: 'openapi-patch',
        type: 'bool',
        def: 'true',
        usage: `If true, use openapi to calculate diff when the openapi presents and the resource can be found in the openapi spec. Otherwise, fall back to use baked-in types.`,
      },
      'output',
      {
        name: 'overwrite',
        type: 'bool',
        def: 'true',
        usage: `Automatically resolve conflicts between the modified and live configuration by using values from the modified configuration`,
      },
      {
        name: 'prune',
        type: 'bool',
        def: 'false',
        usage: `Automatically delete resource objects, that do not appear in the configs and are created by either apply or create --save-config. Should be used with either -l or --all.`,
      },
      'prune-allowlist',
      'recursive',
      'selector',
      'server-side',
      'show-managed-fields',
      {
        name: 'subresource',
        type: 'string',
        def: '',
        usage: `If specified, apply will operate on the subresource of the requested object.  Only allowed when using --server-side. This flag is beta and may change in the future.`,
      },
      'template',
      'timeout',
      'validate',
      'wait',
    ],
  },
  {
    path: 'apply edit-last-applied',
    short: 'Edit latest last-applied-configuration annotations of a resource/object',
    long: `Edit the latest last-applied-configuration annotations of resources from the default editor.

 The edit-last-applied command allows you to directly edit any API resource you can retrieve via the command-line tools. It will open the editor defined by your KUBE_EDITOR, or EDITOR environment variables, or fall back to 'vi' for Linux or 'notepad' for Windows. You can edit multiple objects, although changes are applied one at a time. The command accepts file names as well as command-line arguments, although the files you point to must be previously saved versions of resources.

 The default format is YAML. To edit in JSON, specify "-o json".

 The flag --windows-line-endings can be used to force Windows line endings, otherwise the default for your operating system will be used.

 In the event an error occurs while updating, a temporary file will be created on disk that contains your unapplied changes. The most common error when updating a resource is another editor changing the resource on the server. When this occurs, you will have to apply your changes to the newer version of the resource, or update your temporary saved copy to include the latest resource version.`,
    example: `  # Edit the last-applied-configuration annotations by type/name in YAML
  kubectl apply edit-last-applied deployment/nginx
  
  # Edit the last-applied-configuration annotations by file in JSON
  kubectl apply edit-last-applied -f deploy.yaml -o json`,
    usage: 'kubectl apply edit-last-applied (RESOURCE/NAME | -f FILENAME) [options]',
    flags: [
      'allow-missing-template-keys',
      'field-manager~4',
      'filename~4',
      'kustomize',
      'output',
      'recursive',
      'show-managed-fields',
      'template',
      'validate',
      'windows-line-endings',
    ],
  },
  {
    path: 'apply set-last-applied',
    short: 'Set the last-applied-configuration annotation on a live object to match the contents of a file',
    long: `Set the latest last-applied-configuration annotations by setting it to match the contents of a file. This results in the last-applied-configuration being updated as though 'kubectl apply -f<file> ' was run, without updating any other parts of the object.`,
    example: `  # Set the last-applied-configuration of a resource to match the contents of a file
  kubectl apply set-last-applied -f deploy.yaml
  
  # Execute set-last-applied against each configuration file in a directory
  kubectl apply set-last-applied -f path/
  
  # Set the last-applied-configuration of a resource to match the contents of a file; will create the annotation if it does not already exist
  kubectl apply set-last-applied -f deploy.yaml --create-annotation=true`,
    usage: 'kubectl apply set-last-applied -f FILENAME [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'create-annotation',
        type: 'bool',
        def: 'false',
        usage: `Will create 'last-applied-configuration' annotations if current objects doesn't have one`,
      },
      'dry-run',
      'filename~5',
      'output',
      'show-managed-fields',
      'template',
    ],
  },
  {
    path: 'apply view-last-applied',
    short: 'View the latest last-applied-configuration annotations of a resource/object',
    long: `View the latest last-applied-configuration annotations by type/name or file.

 The default output will be printed to stdout in YAML format. You can use the -o option to change the output format.`,
    example: `  # View the last-applied-configuration annotations by type/name in YAML
  kubectl apply view-last-applied deployment/nginx
  
  # View the last-applied-configuration annotations by file in JSON
  kubectl apply view-last-applied -f deploy.yaml -o json`,
    usage: 'kubectl apply view-last-applied (TYPE [NAME | -l label] | TYPE/NAME | -f FILENAME) [options]',
    flags: [
      'all~2',
      'filename~5',
      'kustomize',
      {
        name: 'output',
        short: 'o',
        type: 'string',
        def: 'yaml',
        usage: 'Output format. Must be one of (yaml, json)',
      },
      'recursive',
      'selector',
    ],
  },
];
