/** Help data of kubectl api-resources, api-versions, completion, kubectl, kustomize, options, plugin, version (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_ROOT: CommandDoc[] = [
  {
    path: '',
    short: 'kubectl controls the Kubernetes cluster manager',
    long: `kubectl controls the Kubernetes cluster manager.

 Find more information at: https://kubernetes.io/docs/reference/kubectl/`,
    usage: 'kubectl [flags] [options]',
  },
  {
    path: 'kustomize',
    short: 'Build a kustomization target from a directory or URL',
    long: `Build a set of KRM resources using a 'kustomization.yaml' file. The DIR argument must be a path to a directory containing 'kustomization.yaml', or a git repository URL with a path suffix specifying same with respect to the repository root. If DIR is omitted, '.' is assumed.`,
    example: `  # Build the current working directory
  kubectl kustomize
  
  # Build some shared configuration directory
  kubectl kustomize /home/config/production
  
  # Build from github
  kubectl kustomize https://github.com/kubernetes-sigs/kustomize.git/examples/helloWorld?ref=v1.0.6`,
    usage: 'kubectl kustomize DIR [flags] [options]',
    flags: [
      {
        name: 'as-current-user',
        type: 'bool',
        def: 'false',
        usage: `use the uid and gid of the command executor to run the function in the container`,
      },
      { name: 'enable-alpha-plugins', type: 'bool', def: 'false', usage: 'enable kustomize plugins' },
      {
        name: 'enable-helm',
        type: 'bool',
        def: 'false',
        usage: 'Enable use of the Helm chart inflator generator.',
      },
      {
        name: 'env',
        short: 'e',
        type: 'stringArray',
        def: '[]',
        usage: 'a list of environment variables to be used by functions',
      },
      {
        name: 'helm-api-versions',
        type: 'stringArray',
        def: '[]',
        usage: `Kubernetes api versions used by Helm for Capabilities.APIVersions`,
      },
      { name: 'helm-command', type: 'string', def: 'helm', usage: 'helm command (path to executable)' },
      {
        name: 'helm-debug',
        type: 'bool',
        def: 'false',
        usage: 'Enable debug output from the Helm chart inflator generator.',
      },
      {
        name: 'helm-kube-version',
        type: 'string',
        def: '',
        usage: 'Kubernetes version used by Helm for Capabilities.KubeVersion',
      },
      {
        name: 'load-restrictor',
        type: 'string',
        def: 'LoadRestrictionsRootOnly',
        usage: `if set to 'LoadRestrictionsNone', local kustomizations may load files from outside their root. This does, however, break the relocatability of the kustomization.`,
      },
      {
        name: 'mount',
        type: 'stringArray',
        def: '[]',
        usage: 'a list of storage options read from the filesystem',
      },
      {
        name: 'network',
        type: 'bool',
        def: 'false',
        usage: 'enable network access for functions that declare it',
      },
      {
        name: 'network-name',
        type: 'string',
        def: 'bridge',
        usage: 'the docker network to run the container in',
      },
      {
        name: 'output',
        short: 'o',
        type: 'string',
        def: '',
        usage: 'If specified, write output to this path.',
      },
    ],
  },
  {
    path: 'completion',
    short: 'Output shell completion code for the specified shell (bash, zsh, fish, or powershell)',
    long: `Output shell completion code for the specified shell (bash, zsh, fish, or powershell). The shell code must be evaluated to provide interactive completion of kubectl commands.  This can be done by sourcing it from the .bash_profile.

 Detailed instructions on how to do this are available here:

        for macOS:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-macos/#enable-shell-autocompletion
        
        for linux:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-linux/#enable-shell-autocompletion
        
        for windows:
        https://kubernetes.io/docs/tasks/tools/install-kubectl-windows/#enable-shell-autocompletion
        
 Note for zsh users: [1] zsh completions are only supported in versions of zsh >= 5.2.`,
    example: `  # Installing bash completion on macOS using homebrew
  ## If running Bash 3.2 included with macOS
  brew install bash-completion
  ## or, if running Bash 4.1+
  brew install bash-completion@2
  ## If kubectl is installed via homebrew, this should start working immediately
  ## If you've installed via other means, you may need add the completion to your completion directory
  kubectl completion bash > $(brew --prefix)/etc/bash_completion.d/kubectl
  
  
  # Installing bash completion on Linux
  ## If bash-completion is not installed on Linux, install the 'bash-completion' package
  ## via your distribution's package manager.
  ## Load the kubectl completion code for bash into the current shell
  source <(kubectl completion bash)
  ## Write bash completion code to a file and source it from .bash_profile
  kubectl completion bash > ~/.kube/completion.bash.inc
  printf "
  # kubectl shell completion
  source '$HOME/.kube/completion.bash.inc'
  " >> $HOME/.bash_profile
  source $HOME/.bash_profile
  
  # Load the kubectl completion code for zsh[1] into the current shell
  source <(kubectl completion zsh)
  # Set the kubectl completion code for zsh[1] to autoload on startup
  kubectl completion zsh > "\${fpath[1]}/_kubectl"
  
  
  # Load the kubectl completion code for fish[2] into the current shell
  kubectl completion fish | source
  # To load completions for each session, execute once:
  kubectl completion fish > ~/.config/fish/completions/kubectl.fish
  
  # Load the kubectl completion code for powershell into the current shell
  kubectl completion powershell | Out-String | Invoke-Expression
  # Set kubectl completion code for powershell to run on startup
  ## Save completion code to a script and execute in the profile
  kubectl completion powershell > $HOME\\.kube\\completion.ps1
  Add-Content $PROFILE "$HOME\\.kube\\completion.ps1"
  ## Execute completion code in the profile
  Add-Content $PROFILE "if (Get-Command kubectl -ErrorAction SilentlyContinue) {
  kubectl completion powershell | Out-String | Invoke-Expression
  }"
  ## Add completion code directly to the $PROFILE script
  kubectl completion powershell >> $PROFILE`,
    usage: 'kubectl completion SHELL [options]',
  },
  {
    path: 'api-resources',
    short: 'Print the supported API resources on the server',
    long: `Print the supported API resources on the server.`,
    example: `  # Print the supported API resources
  kubectl api-resources
  
  # Print the supported API resources with more information
  kubectl api-resources -o wide
  
  # Print the supported API resources sorted by a column
  kubectl api-resources --sort-by=name
  
  # Print the supported namespaced resources
  kubectl api-resources --namespaced=true
  
  # Print the supported non-namespaced resources
  kubectl api-resources --namespaced=false
  
  # Print the supported API resources with a specific APIGroup
  kubectl api-resources --api-group=rbac.authorization.k8s.io`,
    usage: 'kubectl api-resources [flags] [options]',
    flags: [
      { name: 'api-group', type: 'string', def: '', usage: 'Limit to resources in the specified API group.' },
      { name: 'cached', type: 'bool', def: 'false', usage: 'Use the cached list of resources if available.' },
      {
        name: 'categories',
        type: 'stringArray',
        def: '[]',
        usage: 'Limit to resources that belong to the specified categories.',
      },
      {
        name: 'namespaced',
        type: 'bool',
        def: 'true',
        usage: `If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.`,
      },
      'no-headers',
      { name: 'output', short: 'o', type: 'string', def: '', usage: 'Output format. One of: (wide, name).' },
      {
        name: 'sort-by',
        type: 'string',
        def: '',
        usage: `If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.`,
      },
      {
        name: 'verbs',
        type: 'stringArray',
        def: '[]',
        usage: 'Limit to resources that support the specified verbs.',
      },
    ],
  },
  {
    path: 'api-versions',
    short: 'Print the supported API versions on the server, in the form of "group/version"',
    long: `Print the supported API versions on the server, in the form of "group/version".`,
    example: `  # Print the supported API versions
  kubectl api-versions`,
    usage: 'kubectl api-versions [options]',
  },
  {
    path: 'plugin',
    short: 'Provides utilities for interacting with plugins',
    long: `Provides utilities for interacting with plugins.

 Plugins provide extended functionality that is not part of the major command-line distribution. Please refer to the documentation and examples for more information about how write your own plugins.

 The easiest way to discover and install plugins is via the kubernetes sub-project krew: [krew.sigs.k8s.io]. To install krew, visit https://krew.sigs.k8s.io/docs/user-guide/setup/install`,
    example: `  # List all available plugins
  kubectl plugin list
  
  # List only binary names of available plugins without paths
  kubectl plugin list --name-only`,
    usage: 'kubectl plugin [flags] [options]',
  },
  {
    path: 'plugin list',
    short: "List all visible plugin executables on a user's PATH",
    long: `List all available plugin files on a user's PATH. To see plugins binary names without the full path use --name-only flag.

 Available plugin files are those that are: - executable - anywhere on the user's PATH - begin with "kubectl-"`,
    example: `  # List all available plugins
  kubectl plugin list
  
  # List only binary names of available plugins without paths
  kubectl plugin list --name-only`,
    usage: 'kubectl plugin list [flags] [options]',
    flags: [
      {
        name: 'name-only',
        type: 'bool',
        def: 'false',
        usage: `If true, display only the binary name of each plugin, rather than its full path`,
      },
    ],
  },
  {
    path: 'version',
    short: 'Print the client and server version information',
    long: `Print the client and server version information for the current context.`,
    example: `  # Print the client and server versions for the current context
  kubectl version`,
    usage: 'kubectl version [flags] [options]',
    flags: [
      {
        name: 'client',
        type: 'bool',
        def: 'false',
        usage: 'If true, shows client version only (no server required).',
      },
      { name: 'output', short: 'o', type: 'string', def: '', usage: "One of 'yaml' or 'json'." },
    ],
  },
  {
    path: 'options',
    short: '',
    long: `The following options can be passed to any command:`,
    flags: [
      {
        name: 'as',
        type: 'string',
        def: '',
        usage: `Username to impersonate for the operation. User could be a regular user or a service account in a namespace.`,
      },
      {
        name: 'as-group',
        type: 'stringArray',
        def: '[]',
        usage: `Group to impersonate for the operation, this flag can be repeated to specify multiple groups.`,
      },
      { name: 'as-uid', type: 'string', def: '', usage: 'UID to impersonate for the operation.' },
      { name: 'cache-dir', type: 'string', def: '${HOME}/.kube/cache', usage: 'Default cache directory' },
      {
        name: 'certificate-authority',
        type: 'string',
        def: '',
        usage: 'Path to a cert file for the certificate authority',
      },
      {
        name: 'client-certificate',
        type: 'string',
        def: '',
        usage: 'Path to a client certificate file for TLS',
      },
      { name: 'client-key', type: 'string', def: '', usage: 'Path to a client key file for TLS' },
      { name: 'cluster', type: 'string', def: '', usage: 'The name of the kubeconfig cluster to use' },
      { name: 'context', type: 'string', def: '', usage: 'The name of the kubeconfig context to use' },
      {
        name: 'disable-compression',
        type: 'bool',
        def: 'false',
        usage: `If true, opt-out of response compression for all requests to the server`,
      },
      {
        name: 'insecure-skip-tls-verify',
        type: 'bool',
        def: 'false',
        usage: `If true, the server's certificate will not be checked for validity. This will make your HTTPS connections insecure`,
      },
      {
        name: 'kubeconfig',
        type: 'string',
        def: '',
        usage: 'Path to the kubeconfig file to use for CLI requests.',
      },
      {
        name: 'log-flush-frequency',
        type: 'duration',
        def: '5s',
        usage: 'Maximum number of seconds between log flushes',
      },
      {
        name: 'match-server-version',
        type: 'bool',
        def: 'false',
        usage: 'Require server version to match client version',
      },
      {
        name: 'namespace',
        short: 'n',
        type: 'string',
        def: '',
        usage: 'If present, the namespace scope for this CLI request',
      },
      {
        name: 'password',
        type: 'string',
        def: '',
        usage: 'Password for basic authentication to the API server',
      },
      {
        name: 'profile',
        type: 'string',
        def: 'none',
        usage: `Name of profile to capture. One of (none|cpu|heap|goroutine|threadcreate|block|mutex)`,
      },
      {
        name: 'profile-output',
        type: 'string',
        def: 'profile.pprof',
        usage: 'Name of the file to write the profile to',
      },
      {
        name: 'request-timeout',
        type: 'string',
        def: '0',
        usage: `The length of time to wait before giving up on a single server request. Non-zero values should contain a corresponding time unit (e.g. 1s, 2m, 3h). A value of zero means don't timeout requests.`,
      },
      {
        name: 'server',
        short: 's',
        type: 'string',
        def: '',
        usage: 'The address and port of the Kubernetes API server',
      },
      {
        name: 'tls-server-name',
        type: 'string',
        def: '',
        usage: `Server name to use for server certificate validation. If it is not provided, the hostname used to contact the server is used`,
      },
      { name: 'token', type: 'string', def: '', usage: 'Bearer token for authentication to the API server' },
      { name: 'user', type: 'string', def: '', usage: 'The name of the kubeconfig user to use' },
      {
        name: 'username',
        type: 'string',
        def: '',
        usage: 'Username for basic authentication to the API server',
      },
      { name: 'v', short: 'v', type: 'int', def: '0', usage: 'number for the log level verbosity' },
      {
        name: 'vmodule',
        type: 'string',
        raw: true,
        def: '',
        usage: `comma-separated list of pattern=N settings for file-filtered logging (only works for the default text log format)`,
      },
      {
        name: 'warnings-as-errors',
        type: 'bool',
        def: 'false',
        usage: `Treat warnings received from the server as errors and exit with a non-zero exit code`,
      },
    ],
  },
];
