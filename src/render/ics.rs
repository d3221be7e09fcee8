//! iCalendar rendering of the plan (to be written).
