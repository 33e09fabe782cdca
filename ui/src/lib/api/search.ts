// Generated from src-tauri/src/commands/search.rs by `make bindings`. Do not edit by hand:
// declare a command there and run `make bindings`.

import { call } from './call';
import type { SearchQuery, SearchResults } from './types';

export const search = {
  /** Customers, cases and every conversation entry matching what was typed. */
  search: (query: SearchQuery) => call<SearchResults>('search', { query }),
};
