/** Help data of kubectl create (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_CREATE: CommandDoc[] = [
  {
    path: 'create',
    short: 'Create a resource from a file or from stdin',
    long: `Create a resource from a file or from stdin.

 JSON and YAML formats are accepted.`,
    example: `  # Create a pod using the data in pod.json
  kubectl create -f ./pod.json
  
  # Create a pod based on the JSON passed into stdin
  cat pod.json | kubectl create -f -
  
  # Edit the data in registry.yaml in JSON then create the resource using the edited data
  kubectl create -f registry.yaml --edit -o json`,
    usage: 'kubectl create -f FILENAME [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      { name: 'edit', type: 'bool', def: 'false', usage: 'Edit the API resource before creating' },
      'field-manager',
      {
        name: 'filename',
        short: 'f',
        type: 'stringSlice',
        def: '[]',
        usage: `Filename, directory, or URL to files to use to create the resource`,
      },
      'kustomize',
      'output',
      {
        name: 'raw',
        type: 'string',
        def: '',
        usage: `Raw URI to POST to the server.  Uses the transport specified by the kubeconfig file.`,
      },
      'recursive',
      'save-config',
      'selector',
      'show-managed-fields',
      'template',
      'validate',
      {
        name: 'windows-line-endings',
        type: 'bool',
        def: 'false',
        usage: `Only relevant if --edit=true. Defaults to the line ending native to your platform.`,
      },
    ],
  },
  {
    path: 'create clusterrole',
    short: 'Create a cluster role',
    long: `Create a cluster role.`,
    example: `  # Create a cluster role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
  kubectl create clusterrole pod-reader --verb=get,list,watch --resource=pods
  
  # Create a cluster role named "pod-reader" with ResourceName specified
  kubectl create clusterrole pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod
  
  # Create a cluster role named "foo" with API Group specified
  kubectl create clusterrole foo --verb=get,list,watch --resource=rs.apps
  
  # Create a cluster role named "foo" with SubResource specified
  kubectl create clusterrole foo --verb=get,list,watch --resource=pods,pods/status
  
  # Create a cluster role name "foo" with NonResourceURL specified
  kubectl create clusterrole "foo" --verb=get --non-resource-url=/logs/*
  
  # Create a cluster role name "monitoring" with AggregationRule specified
  kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true"`,
    usage:
      'kubectl create clusterrole NAME --verb=verb --resource=resource.group [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
    flags: [
      {
        name: 'aggregation-rule',
        type: 'string',
        raw: true,
        def: '',
        usage: 'An aggregation label selector for combining ClusterRoles.',
      },
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      {
        name: 'non-resource-url',
        type: 'stringSlice',
        def: '[]',
        usage: 'A partial url that user should have access to.',
      },
      'output',
      'resource',
      'resource-name',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
      'verb',
    ],
  },
  {
    path: 'create clusterrolebinding',
    short: 'Create a cluster role binding for a particular cluster role',
    long: `Create a cluster role binding for a particular cluster role.`,
    example: `  # Create a cluster role binding for user1, user2, and group1 using the cluster-admin cluster role
  kubectl create clusterrolebinding cluster-admin --clusterrole=cluster-admin --user=user1 --user=user2 --group=group1`,
    usage:
      'kubectl create clusterrolebinding NAME --clusterrole=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'clusterrole',
        type: 'string',
        def: '',
        usage: 'ClusterRole this ClusterRoleBinding should reference',
      },
      'dry-run',
      'field-manager',
      {
        name: 'group',
        type: 'stringSlice',
        def: '[]',
        usage: `Groups to bind to the clusterrole. The flag can be repeated to add multiple groups.`,
      },
      'output',
      'save-config',
      {
        name: 'serviceaccount',
        type: 'stringSlice',
        def: '[]',
        usage: `Service accounts to bind to the clusterrole, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.`,
      },
      'show-managed-fields',
      'template',
      {
        name: 'user',
        type: 'stringSlice',
        def: '[]',
        usage: `Usernames to bind to the clusterrole. The flag can be repeated to add multiple users.`,
      },
      'validate',
    ],
  },
  {
    path: 'create configmap',
    short: 'Create a config map from a local file, directory or literal value',
    aliases: ['cm'],
    long: `Create a config map based on a file, directory, or specified literal value.

 A single config map may package one or more key/value pairs.

 When creating a config map based on a file, the key will default to the basename of the file, and the value will default to the file content.  If the basename is an invalid key, you may specify an alternate key.

 When creating a config map based on a directory, each file whose basename is a valid key in the directory will be packaged into the config map.  Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
    example: `  # Create a new config map named my-config based on folder bar
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config with specified keys instead of file basenames on disk
  kubectl create configmap my-config --from-file=key1=/path/to/bar/file1.txt --from-file=key2=/path/to/bar/file2.txt
  
  # Create a new config map named my-config with key1=config1 and key2=config2
  kubectl create configmap my-config --from-literal=key1=config1 --from-literal=key2=config2
  
  # Create a new config map named my-config from the key=value pairs in the file
  kubectl create configmap my-config --from-file=path/to/bar
  
  # Create a new config map named my-config from an env file
  kubectl create configmap my-config --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
    usage:
      'kubectl create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'append-hash',
        type: 'bool',
        def: 'false',
        usage: 'Append a hash of the configmap to its name.',
      },
      'dry-run',
      'field-manager',
      {
        name: 'from-env-file',
        type: 'stringSlice',
        def: '[]',
        usage: `Specify the path to a file to read lines of key=val pairs to create a configmap.`,
      },
      {
        name: 'from-file',
        type: 'stringSlice',
        def: '[]',
        usage: `Key file can be specified using its file path, in which case file basename will be used as configmap key, or optionally with a key and file path, in which case the given key will be used.  Specifying a directory will iterate each named file in the directory whose basename is a valid configmap key.`,
      },
      {
        name: 'from-literal',
        type: 'stringArray',
        def: '[]',
        usage: `Specify a key and literal value to insert in configmap (i.e. mykey=somevalue)`,
      },
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create cronjob',
    short: 'Create a cron job with the specified name',
    aliases: ['cj'],
    long: `Create a cron job with the specified name.`,
    example: `  # Create a cron job
  kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *"
  
  # Create a cron job with a command
  kubectl create cronjob my-job --image=busybox --schedule="*/1 * * * *" -- date`,
    usage:
      "kubectl create cronjob NAME --image=image --schedule='0/5 * * * ?' -- [COMMAND] [args...] [flags] [options]",
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      'image',
      'output',
      {
        name: 'restart',
        type: 'string',
        def: '',
        usage: "job's restart policy. supported values: OnFailure, Never",
      },
      'save-config',
      {
        name: 'schedule',
        type: 'string',
        def: '',
        usage: 'A schedule in the Cron format the job should be run with.',
      },
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create deployment',
    short: 'Create a deployment with the specified name',
    aliases: ['deploy'],
    long: `Create a deployment with the specified name.`,
    example: `  # Create a deployment named my-dep that runs the busybox image
  kubectl create deployment my-dep --image=busybox
  
  # Create a deployment with a command
  kubectl create deployment my-dep --image=busybox -- date
  
  # Create a deployment named my-dep that runs the nginx image with 3 replicas
  kubectl create deployment my-dep --image=nginx --replicas=3
  
  # Create a deployment named my-dep that runs the busybox image and expose port 5701
  kubectl create deployment my-dep --image=busybox --port=5701
  
  # Create a deployment named my-dep that runs multiple containers
  kubectl create deployment my-dep --image=busybox:latest --image=ubuntu:latest --image=nginx`,
    usage: 'kubectl create deployment NAME --image=image -- [COMMAND] [args...] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      {
        name: 'image',
        type: 'stringArray',
        def: '[]',
        usage: `Image names to run. A deployment can have multiple images set for multi-container pod.`,
      },
      'output',
      { name: 'port', type: 'int', def: '-1', usage: 'The containerPort that this deployment exposes.' },
      {
        name: 'replicas',
        short: 'r',
        type: 'int',
        def: '1',
        usage: 'Number of replicas to create. Default is 1.',
      },
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
];
