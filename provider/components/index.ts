// Components: several resources declared together, with the defaults most setups want.
export * from "./sip-trunk";
