import { lookup } from 'node:dns/promises'
import { BlockList, isIP } from 'node:net'

// Where webhook deliveries may go. Without `--allow-private-webhooks`, a URL whose host resolves
// to a loopback, unspecified, link-local, private or carrier-grade NAT address is refused when it
// is registered and again before each delivery connects (the name may resolve elsewhere by then).

const refused = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  refused.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
] as const) {
  refused.addSubnet(network, prefix, 'ipv6')
}

/** Whether one address is one a webhook may not reach (IPv4-mapped IPv6 is checked as IPv4). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return refused.check(mapped[1]!, 'ipv4')
  const family = isIP(address)
  return family === 4 ? refused.check(address, 'ipv4') : family === 6 ? refused.check(address, 'ipv6') : false
}

/** Why `url` may not receive webhooks, or null when it may. A name that does not resolve is refused. */
export async function refusedWebhookTarget(url: string): Promise<string | null> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address)
  } catch {
    return `the host ${host} could not be resolved`
  }
  const blocked = addresses.find(isPrivateAddress)
  return blocked ? `${host} resolves to ${blocked}, a loopback, link-local or private address` : null
}
