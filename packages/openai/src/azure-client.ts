/**
 * `AzureOpenAI` clients: told apart from other `openai` clients, and kept whole when the
 * adapter derives copies of them.
 */

interface AzureLike {
  apiVersion: string;
  deploymentName: string | undefined;
  withOptions(options: object): AzureLike;
}

/**
 * True for an `AzureOpenAI` client (whatever its base URL, e.g. behind a gateway): it is
 * the only client class of `openai` with an `apiVersion` and a `deploymentName`.
 */
export function isAzureClient(client: object): boolean {
  return 'deploymentName' in client && typeof Reflect.get(client, 'apiVersion') === 'string';
}

/**
 * A view of `client` whose `withOptions()` carries its `apiVersion` and deployment into
 * every copy, and every copy's too. openai 6.x's `AzureOpenAI.withOptions()` rebuilds the
 * copy from options that hold neither, so without `OPENAI_API_VERSION` in the environment
 * every copy throws; the adapter derives copies of each client it wraps (7.x carries both
 * itself). Any other client is returned as it is; the caller's client is never changed.
 */
export function keepAzureOptions<Client extends object>(client: Client): Client {
  if (!isAzureClient(client)) return client;
  const azure = client as unknown as AzureLike;
  const native = azure.withOptions;
  // Copies are real clients (their resources call their own `request`, which the kit
  // meters); they are ours, so their `withOptions` is set on them directly.
  const copy = (source: AzureLike, options: object): AzureLike => {
    const clone = native.call(source, {
      apiVersion: source.apiVersion,
      deployment: source.deploymentName,
      ...options,
    });
    clone.withOptions = (next: object) => copy(clone, next);
    return clone;
  };
  const view = Object.create(client) as AzureLike;
  view.withOptions = (options: object) => copy(azure, options);
  return view as unknown as Client;
}

/**
 * Where an `AzureOpenAI` client sends metered calls. Azure serves the deployment the URL
 * names, whatever the body's `model` says, so that deployment is what is held and priced.
 */
export interface AzureDeployment {
  /** A deployment in the base URL (`.../openai/deployments/<name>`): every call goes there. */
  readonly inBaseURL: string | undefined;
  /**
   * The client's `deployment` option: the SDK puts it in the path of Chat Completions and
   * Embeddings calls (its deployment-scoped endpoints; Responses is not one of them).
   */
  readonly named: string | undefined;
}

/** The deployment an Azure client routes to; `undefined` for any other client. */
export function azureDeployment(client: object): AzureDeployment | undefined {
  if (!isAzureClient(client)) return undefined;
  const named = Reflect.get(client, 'deploymentName');
  const baseURL = Reflect.get(client, 'baseURL');
  return {
    inBaseURL: typeof baseURL === 'string' ? deploymentInURL(baseURL) : undefined,
    named: typeof named === 'string' && named !== '' ? named : undefined,
  };
}

/** The path segment after `deployments` in `url`, if it has one. */
function deploymentInURL(url: string): string | undefined {
  let segments: string[];
  try {
    segments = new URL(url).pathname.split('/');
  } catch {
    return undefined;
  }
  const at = segments.indexOf('deployments');
  const name = at === -1 ? undefined : segments[at + 1];
  return name === undefined || name === '' ? undefined : decodeURIComponent(name);
}
