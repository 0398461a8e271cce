// The e2e tests start the built site the way bench:http does.
export { startSite, type RunningSite } from "../../../scripts/start-site";
