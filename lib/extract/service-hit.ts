// A service named in a text: the catalogue entry and where its name stands (its own file so that
// find-services and national-networks, which refines its hits, need not import each other).
import type { ServiceEntry } from "./data/services";

export interface ServiceHit {
  entry: ServiceEntry;
  index: number;
  end: number;
}
