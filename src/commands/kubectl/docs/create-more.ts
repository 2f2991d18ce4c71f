/** Help data of kubectl create (generated from kubectl v1.32.4 by test/commands/kubectl/tools/emit-docs.py). */
import type { CommandDoc } from '../flag-spec.js';

export const DOCS_CREATE_MORE: CommandDoc[] = [
  {
    path: 'create ingress',
    short: 'Create an ingress with the specified name',
    aliases: ['ing'],
    long: `Create an ingress with the specified name.`,
    example: `  # Create a single ingress called 'simple' that directs requests to foo.com/bar to svc
  # svc1:8080 with a TLS secret "my-cert"
  kubectl create ingress simple --rule="foo.com/bar=svc1:8080,tls=my-cert"
  
  # Create a catch all ingress of "/path" pointing to service svc:port and Ingress Class as "otheringress"
  kubectl create ingress catch-all --class=otheringress --rule="/path=svc:port"
  
  # Create an ingress with two annotations: ingress.annotation1 and ingress.annotations2
  kubectl create ingress annotated --class=default --rule="foo.com/bar=svc:port" \\
  --annotation ingress.annotation1=foo \\
  --annotation ingress.annotation2=bla
  
  # Create an ingress with the same host and multiple paths
  kubectl create ingress multipath --class=default \\
  --rule="foo.com/=svc:port" \\
  --rule="foo.com/admin/=svcadmin:portadmin"
  
  # Create an ingress with multiple hosts and the pathType as Prefix
  kubectl create ingress ingress1 --class=default \\
  --rule="foo.com/path*=svc:8080" \\
  --rule="bar.com/admin*=svc2:http"
  
  # Create an ingress with TLS enabled using the default ingress certificate and different path types
  kubectl create ingress ingtls --class=default \\
  --rule="foo.com/=svc:https,tls" \\
  --rule="foo.com/path/subpath*=othersvc:8080"
  
  # Create an ingress with TLS enabled using a specific secret and pathType as Prefix
  kubectl create ingress ingsecret --class=default \\
  --rule="foo.com/*=svc:8080,tls=secret1"
  
  # Create an ingress with a default backend
  kubectl create ingress ingdefault --class=default \\
  --default-backend=defaultsvc:http \\
  --rule="foo.com/*=svc:8080,tls=secret1"`,
    usage: 'kubectl create ingress NAME --rule=host/path=service:port[,tls[=secret]]  [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'annotation',
        type: 'stringArray',
        def: '[]',
        usage: `Annotation to insert in the ingress object, in the format annotation=value`,
      },
      { name: 'class', type: 'string', def: '', usage: 'Ingress Class to be used' },
      {
        name: 'default-backend',
        type: 'string',
        def: '',
        usage: 'Default service for backend, in format of svcname:port',
      },
      'dry-run',
      'field-manager',
      'output',
      {
        name: 'rule',
        type: 'stringArray',
        def: '[]',
        usage: `Rule in format host/path=service:port[,tls=secretname]. Paths containing the leading character '*' are considered pathType=Prefix. tls argument is optional.`,
      },
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create job',
    short: 'Create a job with the specified name',
    long: `Create a job with the specified name.`,
    example: `  # Create a job
  kubectl create job my-job --image=busybox
  
  # Create a job with a command
  kubectl create job my-job --image=busybox -- date
  
  # Create a job from a cron job named "a-cronjob"
  kubectl create job test-job --from=cronjob/a-cronjob`,
    usage: 'kubectl create job NAME --image=image [--from=cronjob/name] -- [COMMAND] [args...] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      {
        name: 'from',
        type: 'string',
        def: '',
        usage: `The name of the resource to create a Job from (only cronjob is supported).`,
      },
      'image',
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create namespace',
    short: 'Create a namespace with the specified name',
    aliases: ['ns'],
    long: `Create a namespace with the specified name.`,
    example: `  # Create a new namespace named my-namespace
  kubectl create namespace my-namespace`,
    usage: 'kubectl create namespace NAME [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create poddisruptionbudget',
    short: 'Create a pod disruption budget with the specified name',
    aliases: ['pdb'],
    long: `Create a pod disruption budget with the specified name, selector, and desired minimum available pods.`,
    example: `  # Create a pod disruption budget named my-pdb that will select all pods with the app=rails label
  # and require at least one of them being available at any point in time
  kubectl create poddisruptionbudget my-pdb --selector=app=rails --min-available=1
  
  # Create a pod disruption budget named my-pdb that will select all pods with the app=nginx label
  # and require at least half of the pods selected to be available at any point in time
  kubectl create pdb my-pdb --selector=app=nginx --min-available=50%`,
    usage:
      'kubectl create poddisruptionbudget NAME --selector=SELECTOR --min-available=N [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      {
        name: 'max-unavailable',
        type: 'string',
        def: '',
        usage: `The maximum number or percentage of unavailable pods this budget requires.`,
      },
      {
        name: 'min-available',
        type: 'string',
        def: '',
        usage: `The minimum number or percentage of available pods this budget requires.`,
      },
      'output',
      'save-config',
      {
        name: 'selector',
        type: 'string',
        def: '',
        usage: `A label selector to use for this budget. Only equality-based selector requirements are supported.`,
      },
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create priorityclass',
    short: 'Create a priority class with the specified name',
    aliases: ['pc'],
    long: `Create a priority class with the specified name, value, globalDefault and description.`,
    example: `  # Create a priority class named high-priority
  kubectl create priorityclass high-priority --value=1000 --description="high priority"
  
  # Create a priority class named default-priority that is considered as the global default priority
  kubectl create priorityclass default-priority --value=1000 --global-default=true --description="default priority"
  
  # Create a priority class named high-priority that cannot preempt pods with lower priority
  kubectl create priorityclass high-priority --value=1000 --description="high priority" --preemption-policy="Never"`,
    usage:
      'kubectl create priorityclass NAME --value=VALUE --global-default=BOOL [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'description',
        type: 'string',
        def: '',
        usage: `description is an arbitrary string that usually provides guidelines on when this priority class should be used.`,
      },
      'dry-run',
      'field-manager',
      {
        name: 'global-default',
        type: 'bool',
        def: 'false',
        usage: `global-default specifies whether this PriorityClass should be considered as the default priority.`,
      },
      'output',
      {
        name: 'preemption-policy',
        type: 'string',
        def: 'PreemptLowerPriority',
        usage: `preemption-policy is the policy for preempting pods with lower priority.`,
      },
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
      { name: 'value', type: 'int', def: '0', usage: 'the value of this priority class.' },
    ],
  },
  {
    path: 'create quota',
    short: 'Create a quota with the specified name',
    aliases: ['resourcequota'],
    long: `Create a resource quota with the specified name, hard limits, and optional scopes.`,
    example: `  # Create a new resource quota named my-quota
  kubectl create quota my-quota --hard=cpu=1,memory=1G,pods=2,services=3,replicationcontrollers=2,resourcequotas=1,secrets=5,persistentvolumeclaims=10
  
  # Create a new resource quota named best-effort
  kubectl create quota best-effort --hard=pods=100 --scopes=BestEffort`,
    usage:
      'kubectl create quota NAME [--hard=key1=value1,key2=value2] [--scopes=Scope1,Scope2] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      {
        name: 'hard',
        type: 'string',
        def: '',
        usage: `A comma-delimited set of resource=quantity pairs that define a hard limit.`,
      },
      'output',
      'save-config',
      {
        name: 'scopes',
        type: 'string',
        def: '',
        usage: `A comma-delimited set of quota scopes that must all match each object tracked by the quota.`,
      },
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create role',
    short: 'Create a role with single rule',
    long: `Create a role with single rule.`,
    example: `  # Create a role named "pod-reader" that allows user to perform "get", "watch" and "list" on pods
  kubectl create role pod-reader --verb=get --verb=list --verb=watch --resource=pods
  
  # Create a role named "pod-reader" with ResourceName specified
  kubectl create role pod-reader --verb=get --resource=pods --resource-name=readablepod --resource-name=anotherpod
  
  # Create a role named "foo" with API Group specified
  kubectl create role foo --verb=get,list,watch --resource=rs.apps
  
  # Create a role named "foo" with SubResource specified
  kubectl create role foo --verb=get,list,watch --resource=pods,pods/status`,
    usage:
      'kubectl create role NAME --verb=verb --resource=resource.group/subresource [--resource-name=resourcename] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
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
    path: 'create rolebinding',
    short: 'Create a role binding for a particular role or cluster role',
    long: `Create a role binding for a particular role or cluster role.`,
    example: `  # Create a role binding for user1, user2, and group1 using the admin cluster role
  kubectl create rolebinding admin --clusterrole=admin --user=user1 --user=user2 --group=group1
  
  # Create a role binding for service account monitoring:sa-dev using the admin role
  kubectl create rolebinding admin-binding --role=admin --serviceaccount=monitoring:sa-dev`,
    usage:
      'kubectl create rolebinding NAME --clusterrole=NAME|--role=NAME [--user=username] [--group=groupname] [--serviceaccount=namespace:serviceaccountname] [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'clusterrole',
        type: 'string',
        def: '',
        usage: 'ClusterRole this RoleBinding should reference',
      },
      'dry-run',
      'field-manager',
      {
        name: 'group',
        type: 'stringSlice',
        def: '[]',
        usage: `Groups to bind to the role. The flag can be repeated to add multiple groups.`,
      },
      'output',
      { name: 'role', type: 'string', def: '', usage: 'Role this RoleBinding should reference' },
      'save-config',
      {
        name: 'serviceaccount',
        type: 'stringSlice',
        def: '[]',
        usage: `Service accounts to bind to the role, in the format <namespace>:<name>. The flag can be repeated to add multiple service accounts.`,
      },
      'show-managed-fields',
      'template',
      {
        name: 'user',
        type: 'stringSlice',
        def: '[]',
        usage: `Usernames to bind to the role. The flag can be repeated to add multiple users.`,
      },
      'validate',
    ],
  },
  {
    path: 'create serviceaccount',
    short: 'Create a service account with the specified name',
    aliases: ['sa'],
    long: `Create a service account with the specified name.`,
    example: `  # Create a new service account named my-service-account
  kubectl create serviceaccount my-service-account`,
    usage: 'kubectl create serviceaccount NAME [--dry-run=server|client|none] [options]',
    flags: [
      'allow-missing-template-keys',
      'dry-run',
      'field-manager',
      'output',
      'save-config',
      'show-managed-fields',
      'template',
      'validate',
    ],
  },
  {
    path: 'create token',
    short: 'Request a service account token',
    long: `Request a service account token.`,
    example: `  # Request a token to authenticate to the kube-apiserver as the service account "myapp" in the current namespace
  kubectl create token myapp
  
  # Request a token for a service account in a custom namespace
  kubectl create token myapp --namespace myns
  
  # Request a token with a custom expiration
  kubectl create token myapp --duration 10m
  
  # Request a token with a custom audience
  kubectl create token myapp --audience https://example.com
  
  # Request a token bound to an instance of a Secret object
  kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret
  
  # Request a token bound to an instance of a Secret object with a specific UID
  kubectl create token myapp --bound-object-kind Secret --bound-object-name mysecret --bound-object-uid 0d4691ed-659b-4935-a832-355f77ee47cc`,
    usage: 'kubectl create token SERVICE_ACCOUNT_NAME [options]',
    flags: [
      'allow-missing-template-keys',
      {
        name: 'audience',
        type: 'stringArray',
        def: '[]',
        usage: `Audience of the requested token. If unset, defaults to requesting a token for use with the Kubernetes API server. May be repeated to request a token valid for multiple audiences.`,
      },
      {
        name: 'bound-object-kind',
        type: 'string',
        def: '',
        usage: `Kind of an object to bind the token to. Supported kinds are Node, Pod, Secret. If set, --bound-object-name must be provided.`,
      },
      {
        name: 'bound-object-name',
        type: 'string',
        def: '',
        usage: `Name of an object to bind the token to. The token will expire when the object is deleted. Requires --bound-object-kind.`,
      },
      {
        name: 'bound-object-uid',
        type: 'string',
        def: '',
        usage: `UID of an object to bind the token to. Requires --bound-object-kind and --bound-object-name. If unset, the UID of the existing object is used.`,
      },
      {
        name: 'duration',
        type: 'duration',
        def: '0s',
        usage: `Requested lifetime of the issued token. If not set or if set to 0, the lifetime will be determined by the server automatically. The server may return a token with a longer or shorter lifetime.`,
      },
      'output',
      'show-managed-fields',
      'template',
    ],
  },
];
