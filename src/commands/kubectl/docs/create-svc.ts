/** Help data of kubectl create (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_CREATE_SVC: CommandDoc[] = [
  {
    path: 'create secret',
    short: 'Create a secret using a specified subcommand',
    long: `Create a secret with specified type.

 A docker-registry type secret is for accessing a container registry.

 A generic type secret indicate an Opaque secret type.

 A tls type secret holds TLS certificate and its associated key.`,
    usage: 'kubectl create secret (docker-registry | generic | tls) [options]',
  },
  {
    path: 'create secret docker-registry',
    short: 'Create a secret for use with a Docker registry',
    long: `Create a new secret for use with Docker registries.
        
        Dockercfg secrets are used to authenticate against Docker registries.
        
        When using the Docker command line to push images, you can authenticate to a given registry by running:
        '$ docker login DOCKER_REGISTRY_SERVER --username=DOCKER_USER --password=DOCKER_PASSWORD --email=DOCKER_EMAIL'.
        
 That produces a ~/.dockercfg file that is used by subsequent 'docker push' and 'docker pull' commands to authenticate to the registry. The email address is optional.

        When creating applications, you may have a Docker registry that requires authentication.  In order for the
        nodes to pull images on your behalf, they must have the credentials.  You can provide this information
        by creating a dockercfg secret and attaching it to your service account.`,
    example: `  # If you do not already have a .dockercfg file, create a dockercfg secret directly
  kubectl create secret docker-registry my-secret --docker-server=DOCKER_REGISTRY_SERVER --docker-username=DOCKER_USER --docker-password=DOCKER_PASSWORD --docker-email=DOCKER_EMAIL
  
  # Create a new secret named my-secret from ~/.docker/config.json
  kubectl create secret docker-registry my-secret --from-file=path/to/.docker/config.json`,
    usage:
      'kubectl create secret docker-registry NAME --docker-username=user --docker-password=password --docker-email=email [--docker-server=string] [--from-file=[key=]source] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'append-hash',
      { name: 'docker-email', type: 'string', def: '', usage: 'Email for Docker registry' },
      {
        name: 'docker-password',
        type: 'string',
        def: '',
        usage: 'Password for Docker registry authentication',
      },
      {
        name: 'docker-server',
        type: 'string',
        def: 'https://index.docker.io/v1/',
        usage: 'Server location for Docker registry',
      },
      {
        name: 'docker-username',
        type: 'string',
        def: '',
        usage: 'Username for Docker registry authentication',
      },
      'dry-run',
      'field-manager',
      {
        name: 'from-file',
        type: 'stringSlice',
        def: '[]',
        usage: `Key files can be specified using their file path, in which case a default name of .dockerconfigjson will be given to them, or optionally with a name and file path, in which case the given name will be used. Specifying a directory will iterate each named file in the directory that is a valid secret key. For this command, the key should always be .dockerconfigjson.`,
      },
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create secret generic',
    short: 'Create a secret from a local file, directory, or literal value',
    long: `Create a secret based on a file, directory, or specified literal value.

 A single secret may package one or more key/value pairs.

 When creating a secret based on a file, the key will default to the basename of the file, and the value will default to the file content. If the basename is an invalid key or you wish to chose your own, you may specify an alternate key.

 When creating a secret based on a directory, each file whose basename is a valid key in the directory will be packaged into the secret. Any directory entries except regular files are ignored (e.g. subdirectories, symlinks, devices, pipes, etc).`,
    example: `  # Create a new secret named my-secret with keys for each file in folder bar
  kubectl create secret generic my-secret --from-file=path/to/bar
  
  # Create a new secret named my-secret with specified keys instead of names on disk
  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-file=ssh-publickey=path/to/id_rsa.pub
  
  # Create a new secret named my-secret with key1=supersecret and key2=topsecret
  kubectl create secret generic my-secret --from-literal=key1=supersecret --from-literal=key2=topsecret
  
  # Create a new secret named my-secret using a combination of a file and a literal
  kubectl create secret generic my-secret --from-file=ssh-privatekey=path/to/id_rsa --from-literal=passphrase=topsecret
  
  # Create a new secret named my-secret from env files
  kubectl create secret generic my-secret --from-env-file=path/to/foo.env --from-env-file=path/to/bar.env`,
    usage:
      'kubectl create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'append-hash',
      'dry-run',
      'field-manager',
      {
        name: 'from-env-file',
        type: 'stringSlice',
        def: '[]',
        usage: `Specify the path to a file to read lines of key=val pairs to create a secret.`,
      },
      {
        name: 'from-file',
        type: 'stringSlice',
        def: '[]',
        usage: `Key files can be specified using their file path, in which case a default name will be given to them, or optionally with a name and file path, in which case the given name will be used.  Specifying a directory will iterate each named file in the directory that is a valid secret key.`,
      },
      {
        name: 'from-literal',
        type: 'stringArray',
        def: '[]',
        usage: `Specify a key and literal value to insert in secret (i.e. mykey=somevalue)`,
      },
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      { name: 'type', type: 'string', def: '', usage: 'The type of secret to create' },
      'validate',
    ],
  },
  {
    path: 'create secret tls',
    short: 'Create a TLS secret',
    long: `Create a TLS secret from the given public/private key pair.

 The public/private key pair must exist beforehand. The public key certificate must be .PEM encoded and match the given private key.`,
    example: `  # Create a new TLS secret named tls-secret with the given key pair
  kubectl create secret tls tls-secret --cert=path/to/tls.crt --key=path/to/tls.key`,
    usage:
      'kubectl create secret tls NAME --cert=path/to/cert/file --key=path/to/key/file [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'append-hash',
      { name: 'cert', type: 'string', def: '', usage: 'Path to PEM encoded public key certificate.' },
      'dry-run',
      'field-manager',
      {
        name: 'key',
        type: 'string',
        def: '',
        usage: 'Path to private key associated with given certificate.',
      },
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create service',
    short: 'Create a service using a specified subcommand',
    aliases: ['svc'],
    long: `Create a service using a specified subcommand.`,
    usage: 'kubectl create service [flags] [options]',
  },
  {
    path: 'create service clusterip',
    short: 'Create a ClusterIP service',
    long: `Create a ClusterIP service with the specified name.`,
    example: `  # Create a new ClusterIP service named my-cs
  kubectl create service clusterip my-cs --tcp=5678:8080
  
  # Create a new ClusterIP service named my-cs (in headless mode)
  kubectl create service clusterip my-cs --clusterip="None"`,
    usage:
      'kubectl create service clusterip NAME [--tcp=<port>:<targetPort>] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'clusterip',
        type: 'string',
        def: '',
        usage: `Assign your own ClusterIP or set to 'None' for a 'headless' service (no loadbalancing).`,
      },
      'dry-run',
      'field-manager',
      'output',
      'save-config',
      'show-managed-fields',
      'tcp',
      'template',
      'validate',
    ],
  },
  {
    path: 'create service externalname',
    short: 'Create an ExternalName service',
    long: `Create an ExternalName service with the specified name.

 ExternalName service references to an external DNS address instead of only pods, which will allow application authors to reference services that exist off platform, on other clusters, or locally.`,
    example: `  # Create a new ExternalName service named my-ns
  kubectl create service externalname my-ns --external-name bar.com`,
    usage:
      'kubectl create service externalname NAME --external-name external.name [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      { name: 'external-name', type: 'string', def: '', usage: 'External name of service' },
      'field-manager',
      'output',
      'save-config',
      'show-managed-fields',
      'tcp',
      'template',
      'validate',
    ],
  },
  {
    path: 'create service loadbalancer',
    short: 'Create a LoadBalancer service',
    long: `Create a LoadBalancer service with the specified name.`,
    example: `  # Create a new LoadBalancer service named my-lbs
  kubectl create service loadbalancer my-lbs --tcp=5678:8080`,
    usage:
      'kubectl create service loadbalancer NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      'output',
      'save-config',
      'show-managed-fields',
      'tcp',
      'template',
      'validate',
    ],
  },
  {
    path: 'create service nodeport',
    short: 'Create a NodePort service',
    long: `Create a NodePort service with the specified name.`,
    example: `  # Create a new NodePort service named my-ns
  kubectl create service nodeport my-ns --tcp=5678:8080`,
    usage:
      'kubectl create service nodeport NAME [--tcp=port:targetPort] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      {
        name: 'node-port',
        type: 'int',
        def: '0',
        usage: 'Port used to expose the service on each node in a cluster.',
      },
      'output',
      'save-config',
      'show-managed-fields',
      'tcp',
      'template',
      'validate',
    ],
  },
];
