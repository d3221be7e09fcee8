//! KPI overview for `avtal kpi show`.
