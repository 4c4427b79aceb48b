import { CALL_DIRECTIONS, CALL_OUTCOMES } from "@portico/domain/voice/call";
import type { CallListFilter } from "../../../data/calls-repository";
import type { CallsStrings } from "../../../lib/portal-strings";

interface CallFiltersProps {
  t: CallsStrings;
  search: string;
  onSearch: (value: string) => void;
  filter: CallListFilter;
  onChange: (name: keyof CallListFilter, value: string) => void;
}

/** Search by caller, and filters by date range, outcome, direction and booked. */
export function CallFilters({ t, search, onSearch, filter, onChange }: CallFiltersProps) {
  return (
    <search className="toolbar call-filters" aria-label={t.filters.label}>
      <label className="visually-hidden" htmlFor="call-search">
        {t.filters.search}
      </label>
      <input
        id="call-search"
        type="search"
        className="input toolbar-search"
        placeholder={t.filters.searchPlaceholder}
        value={search}
        onChange={(event) => onSearch(event.target.value)}
      />
      <label className="toolbar-label">
        {t.filters.from}
        <input
          type="date"
          className="input"
          value={filter.from}
          max={filter.to || undefined}
          onChange={(event) => onChange("from", event.target.value)}
        />
      </label>
      <label className="toolbar-label">
        {t.filters.to}
        <input
          type="date"
          className="input"
          value={filter.to}
          min={filter.from || undefined}
          onChange={(event) => onChange("to", event.target.value)}
        />
      </label>
      <label className="toolbar-label">
        {t.columns.outcome}
        <select
          className="input"
          value={filter.outcome}
          onChange={(event) => onChange("outcome", event.target.value)}
        >
          <option value="any">{t.filters.any}</option>
          {CALL_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t.outcome[outcome]}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-label">
        {t.columns.direction}
        <select
          className="input"
          value={filter.direction}
          onChange={(event) => onChange("direction", event.target.value)}
        >
          <option value="any">{t.filters.any}</option>
          {CALL_DIRECTIONS.map((direction) => (
            <option key={direction} value={direction}>
              {t.direction[direction]}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-label">
        {t.columns.booked}
        <select
          className="input"
          value={filter.booked}
          onChange={(event) => onChange("booked", event.target.value)}
        >
          <option value="any">{t.filters.any}</option>
          <option value="yes">{t.filters.bookedOnly}</option>
          <option value="no">{t.filters.notBooked}</option>
        </select>
      </label>
    </search>
  );
}
