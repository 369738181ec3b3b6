/**
 * Destinations (ISO 3166-1 alpha-2) a profile may not whitelist unless the policy configuration allows them: where
 * international revenue share fraud (IRSF) calls typically terminate. Sources:
 * - Telnyx, "Rate limiting and fraud prevention" (developers.telnyx.com/docs/identity/verify/rate-limiting-fraud-prevention),
 *   countries it marks for toll fraud: Bangladesh, Cambodia, Laos, Maldives, Guyana;
 * - the small Pacific and satellite numbering ranges long used for premium-rate "short-stopping", which ordinary
 *   business traffic almost never calls: Cook Islands, Niue, Tokelau, Tuvalu, Nauru, Kiribati, Solomon Islands,
 *   Vanuatu, Papua New Guinea, Diego Garcia (British Indian Ocean Territory), Falkland Islands;
 * - West African and Caribbean-adjacent ranges common in IRSF reports: Sierra Leone, Guinea, Guinea-Bissau, Liberia,
 *   Gambia, São Tomé and Príncipe, Somalia, Cuba.
 * A starting point, not a verdict: allow a country you really call with `allowedHighRiskDestinations`.
 */
export const HIGH_RISK_DESTINATIONS = [
  "BD", "KH", "LA", "MV", "GY",
  "CK", "NU", "TK", "TV", "NR", "KI", "SB", "VU", "PG", "IO", "FK",
  "SL", "GN", "GW", "LR", "GM", "ST", "SO", "CU",
] as const;
