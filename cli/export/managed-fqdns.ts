import type { AccountSnapshot, ApiObject } from "./snapshot";

// Telnyx creates some FQDN records itself: the hostname of every UAC connection, and the SBC hostname of an FQDN
// connection created with microsoft_teams_sbc. They belong to their connection (it recreates them in a clone), so
// exporting them as resources would adopt records Telnyx owns, or duplicate them in a clone.

const teamsSbcHost = /\.mstsbc\.telnyx\.tech\.?$/i;

/** Returns a test telling whether an FQDN record of this account is one Telnyx manages for its connection. */
export function managedFqdnTest(account: AccountSnapshot): (fqdn: ApiObject) => boolean {
  const uacIds = new Set(account.uacConnection.map((c) => String(c.id)));
  const teamsIds = new Set(account.fqdnConnection.filter((c) => c.microsoft_teams_sbc === true).map((c) => String(c.id)));
  return (fqdn) => {
    const owner = String(fqdn.connection_id);
    return uacIds.has(owner) || (teamsIds.has(owner) && teamsSbcHost.test(String(fqdn.fqdn)));
  };
}
