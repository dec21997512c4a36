/**
 * Which origins a server answers for. Locally only the loopback names with the server's own port; hosted only the
 * public address. Both the Host check and the same-origin check compare against this list, never against a header
 * the client chose (a DNS-rebinding page sends a matching Host and Origin of its own).
 */
export interface AllowedOrigins {
  /** Origins as `scheme://host[:port]`, e.g. `http://127.0.0.1:4322`. */
  readonly origins: readonly string[];
  /** The `Host` values these origins accept (`127.0.0.1:4322`), lower case. */
  readonly hosts: ReadonlySet<string>;
}

function fromOrigins(origins: string[]): AllowedOrigins {
  return { origins, hosts: new Set(origins.map((origin) => new URL(origin).host.toLowerCase())) };
}

/** `http://127.0.0.1:<port>`, `http://localhost:<port>`, `http://[::1]:<port>`. */
export function localOrigins(port: number): AllowedOrigins {
  return fromOrigins(['127.0.0.1', 'localhost', '[::1]'].map((host) => `http://${host}:${port}`));
}

/** The public address's origin only (`https://gjennomlesing.example.no`); throws on a value that is not a URL. */
export function hostedOrigins(publicUrl: string): AllowedOrigins {
  const url = new URL(publicUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`Den offentlige adressen må begynne med http:// eller https://, ikke «${publicUrl}».`);
  return fromOrigins([url.origin]);
}

/** Whether the server listens on a loopback address only (then local origins apply). */
export const isLoopback = (hostname: string) => hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '::1' || hostname === '[::1]';
