// The one door to the backend. Every command the Rust side registers has exactly
// one typed wrapper here; components never call `invoke` themselves. Types come
// from `types.ts`, generated from the Rust types (see tests/bindings.rs).

import { invoke } from '@tauri-apps/api/core';
import { listen } from '@tauri-apps/api/event';
import type {
  ApiError,
  ComplaintClosing,
  ComplaintStatus,
  ComplaintsPage,
  Escalation,
  EscalationClosing,
  EscalationStatus,
  EscalationsPage,
  NewEscalation,
  NewOutreachCall,
  NewSatisfaction,
  OutreachCandidate,
  OutreachList,
  OutreachSampleRequest,
  Report,
  ReportRequest,
  Satisfaction,
  BackupInfo,
  CsvInspection,
  CsvReport,
  CsvRequest,
  ExportInfo,
  ExportReport,
  ImportReport,
  RestoreReport,
  Brief,
  Complaint,
  CustomerContext,
  Expectations,
  Handoff,
  HandoffInput,
  KeptRate,
  NewComplaint,
  NewPromise,
  PromiseItem,
  PromiseOutcome,
  PromisesPage,
  CaseDetail,
  CaseSummary,
  CaseUpdate,
  ChangeSet,
  Customer,
  CustomerMatch,
  CustomerPatch,
  DeskInfo,
  DeskStatus,
  DuePreview,
  ErrorCode,
  Holiday,
  NewCustomer,
  NewEntry,
  NewInteraction,
  NewStaff,
  QueuePage,
  ResponseSettings,
  SearchQuery,
  SearchResults,
  Staff,
  TimelineEntry,
  TimelinePage,
} from './types';

export type * from './types';

/** A failed command, carrying the backend's stable code and its message. */
export class ApiFailure extends Error implements ApiError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'ApiFailure';
  }
}

const KNOWN_CODES: readonly ErrorCode[] = [
  'invalid_input',
  'not_found',
  'duplicate_customer',
  'conflict',
  'not_allowed',
  'newer_database',
  'not_a_casebook_database',
  'corrupt_database',
  'already_open',
  'busy',
  'disk_full',
  'read_only',
  'io',
  'storage',
  'internal',
];

/** Whatever was thrown, as an `ApiFailure` with a message a person can read. */
export function toFailure(err: unknown): ApiFailure {
  if (err instanceof ApiFailure) return err;
  if (err && typeof err === 'object' && 'code' in err && 'message' in err) {
    const { code, message } = err as { code: unknown; message: unknown };
    if (typeof code === 'string' && typeof message === 'string') {
      const known = (KNOWN_CODES as readonly string[]).includes(code);
      return new ApiFailure(known ? (code as ErrorCode) : 'internal', message);
    }
  }
  if (typeof err === 'string') {
    // The shell itself refused the call (for example, arguments of the wrong shape).
    return new ApiFailure('invalid_input', err);
  }
  if (err instanceof Error) return new ApiFailure('internal', err.message);
  return new ApiFailure('internal', 'Something went wrong. Please try again.');
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (err) {
    throw toFailure(err);
  }
}

export const PAGE = 50;

export const api = {
  deskInfo: () => call<DeskInfo>('desk_info'),
  listStaff: () => call<Staff[]>('list_staff'),
  addStaff: (input: NewStaff) => call<Staff>('add_staff', { input }),
  setStaffActive: (staff_id: string, active: boolean) => call<Staff>('set_staff_active', { staff_id, active }),
  setCurrentStaff: (staff_id: string | null) => call<DeskInfo>('set_current_staff', { staff_id }),
  loadDemoShop: () => call<DeskInfo>('load_demo_shop'),

  queue: (cursor: string | null, limit = PAGE) => call<QueuePage>('queue', { cursor, limit }),

  lookupCustomers: (query: string, limit = 8) => call<CustomerMatch[]>('lookup_customers', { query, limit }),
  findDuplicates: (phones: string[], emails: string[]) =>
    call<CustomerMatch[]>('find_duplicates', { phones, emails }),
  getCustomer: (customer_id: string) => call<Customer>('get_customer', { customer_id }),
  customerCases: (customer_id: string) => call<CaseSummary[]>('customer_cases', { customer_id }),
  customerTimeline: (customer_id: string, cursor: string | null, limit = PAGE) =>
    call<TimelinePage>('customer_timeline', { customer_id, cursor, limit }),
  createCustomer: (input: NewCustomer, allow_duplicate: boolean) =>
    call<Customer>('create_customer', { input, allow_duplicate }),
  updateCustomer: (customer_id: string, patch: CustomerPatch) =>
    call<Customer>('update_customer', { customer_id, patch }),

  getCase: (case_id: string) => call<CaseDetail>('get_case', { case_id }),
  caseTimeline: (case_id: string, cursor: string | null, limit = PAGE) =>
    call<TimelinePage>('case_timeline', { case_id, cursor, limit }),
  openCase: (input: NewInteraction) => call<CaseSummary>('open_case', { input }),
  addEntry: (input: NewEntry) => call<TimelineEntry>('add_entry', { input }),
  updateCase: (input: CaseUpdate) => call<CaseSummary>('update_case', { input }),

  responseSettings: () => call<ResponseSettings>('response_settings'),
  saveResponseSettings: (settings: ResponseSettings) =>
    call<ResponseSettings>('save_response_settings', { settings }),
  previewDue: (settings: ResponseSettings) => call<DuePreview[]>('preview_due', { settings }),
  holidaysFromIcs: (text: string) => call<Holiday[]>('holidays_from_ics', { text }),
  timeZones: () => call<string[]>('time_zones'),
  deskStatus: () => call<DeskStatus>('desk_status'),

  customerContext: (customer_id: string) => call<CustomerContext>('customer_context', { customer_id }),
  setExpectations: (customer_id: string, input: Expectations) =>
    call<Expectations>('set_expectations', { customer_id, input }),
  pinFact: (event_id: string, pinned: boolean) => call<null>('pin_fact', { event_id, pinned }),
  flagComplaint: (input: NewComplaint) => call<Complaint>('flag_complaint', { input }),
  closeComplaint: (input: ComplaintClosing) => call<Complaint>('close_complaint', { input }),
  listComplaints: (status: ComplaintStatus) => call<ComplaintsPage>('list_complaints', { status }),

  escalate: (input: NewEscalation) => call<Escalation>('escalate', { input }),
  closeEscalation: (input: EscalationClosing) => call<Escalation>('close_escalation', { input }),
  listEscalations: (status: EscalationStatus) => call<EscalationsPage>('list_escalations', { status }),
  rootCauses: () => call<string[]>('root_causes'),
  setRootCauses: (causes: string[]) => call<string[]>('set_root_causes', { causes }),

  recordSatisfaction: (input: NewSatisfaction) => call<Satisfaction>('record_satisfaction', { input }),

  outreachList: (days: number) => call<OutreachList>('outreach_list', { days }),
  outreachSample: (request: OutreachSampleRequest) => call<OutreachCandidate[]>('outreach_sample', { request }),
  logOutreachCall: (input: NewOutreachCall) => call<TimelineEntry>('log_outreach_call', { input }),

  runReport: (request: ReportRequest) => call<Report>('run_report', { request }),
  /** Saves one table of a report as CSV beside the data; returns the file's path. */
  saveReportCsv: (request: ReportRequest, table: string) => call<string>('save_report_csv', { request, table }),

  draftBrief: (case_id: string) => call<Brief>('draft_brief', { case_id }),
  handOff: (input: HandoffInput) => call<Handoff>('hand_off', { input }),
  inbox: () => call<Handoff[]>('inbox'),
  acknowledgeHandoffs: (case_id: string) => call<number>('acknowledge_handoffs', { case_id }),

  makePromise: (input: NewPromise) => call<PromiseItem>('make_promise', { input }),
  closePromise: (input: PromiseOutcome) => call<PromiseItem>('close_promise', { input }),
  openPromises: (cursor: string | null, limit = PAGE) => call<PromisesPage>('open_promises', { cursor, limit }),
  keptRate: (from: string, to: string) => call<KeptRate>('kept_rate', { from, to }),

  search: (query: SearchQuery) => call<SearchResults>('search', { query }),

  listBackups: () => call<BackupInfo[]>('list_backups'),
  backupNow: () => call<BackupInfo>('backup_now'),
  restoreBackup: (file_name: string) => call<RestoreReport>('restore_backup', { file_name }),
  exportEverything: () => call<ExportReport>('export_everything'),
  listExports: () => call<ExportInfo[]>('list_exports'),
  importEverything: (folder: string) => call<ImportReport>('import_everything', { folder }),
  csvInspect: (text: string) => call<CsvInspection>('csv_inspect', { text }),
  csvPreview: (request: CsvRequest) => call<CsvReport>('csv_preview', { request }),
  csvImport: (request: CsvRequest) => call<CsvReport>('csv_import', { request }),
};

export type Api = typeof api;

/** Called after every committed write with what changed. Returns an unsubscribe. */
export async function onChanged(handler: (change: ChangeSet) => void): Promise<() => void> {
  return listen<ChangeSet>('casebook://changed', (event) => handler(event.payload));
}

/** The overdue count and notification health, after every scheduler check. */
export async function onStatus(handler: (status: DeskStatus) => void): Promise<() => void> {
  return listen<DeskStatus>('casebook://status', (event) => handler(event.payload));
}

/** A desktop notification was clicked: open this case. */
export async function onOpenCase(handler: (caseId: string) => void): Promise<() => void> {
  return listen<string>('casebook://open-case', (event) => handler(event.payload));
}
