// Query parameters that only track the click, never select content. Sources: Google Analytics
// campaign parameters (utm_*), ad-click ids of Facebook, Google, Microsoft, Mailchimp, HubSpot,
// Twitter/X, Yandex, plus common newsletter/referral tags seen in French and English outlets' feeds.
export const TRACKING_PARAM_PREFIXES = ["utm_", "mtm_", "pk_", "hsa_", "_hs", "at_", "xtor"];

export const TRACKING_PARAMS = [
  "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid",
  "twclid", "yclid", "_ga", "_gl", "ref_src", "ref_url", "cmpid", "ocid", "ncid", "sr_share",
  "spm", "vero_id", "oly_anon_id", "oly_enc_id", "ito", "xtref", "__twitter_impression",
];
