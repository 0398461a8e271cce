// Who owns which service, so a search for the company finds outages of its products ("Meta" ->
// Facebook, Instagram...). From the companies' own product lists; names as incidents spell them.
export const SERVICE_OWNERS: Record<string, readonly string[]> = {
  Meta: ["Facebook", "Instagram", "WhatsApp", "Messenger", "Threads", "Oculus"],
  Alphabet: ["Google", "YouTube", "Gmail", "Google Cloud", "Google Workspace", "Google Drive", "Google Docs", "Google Calendar", "Google Maps", "Google Meet"],
  Google: ["YouTube", "Gmail", "Google Cloud", "Google Workspace", "Google Drive", "Google Docs", "Google Calendar", "Google Maps", "Google Meet"],
  Microsoft: ["Azure", "Microsoft 365", "Outlook", "Microsoft Teams", "Xbox Live", "LinkedIn", "GitHub", "Bing", "OneDrive"],
  Amazon: ["AWS", "Amazon Web Services", "Alexa", "Prime Video", "Twitch", "Ring"],
  Apple: ["iCloud", "App Store", "Apple Music", "iMessage", "FaceTime", "Siri"],
  "X Corp": ["X", "Twitter"],
  Twitter: ["X"],
  ByteDance: ["TikTok"],
  Snap: ["Snapchat"],
  Cloudflare: ["Cloudflare"],
  Akamai: ["Akamai", "Linode"],
  Fastly: ["Fastly"],
  Orange: ["Orange"],
  Discord: ["Discord"],
  Spotify: ["Spotify"],
  Slack: ["Slack"],
  Salesforce: ["Slack", "Heroku", "Tableau"],
  OpenAI: ["ChatGPT", "OpenAI API"],
  CrowdStrike: ["CrowdStrike Falcon"],
};
