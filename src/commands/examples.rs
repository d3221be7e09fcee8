//! The `Examples:` sections of `avtal --help` and of the subcommands' `--help` (and man pages).
//! Each line is a real command against the demo register `contracts/`; a test parses every one
//! with the real CLI.

/// `avtal` itself: shown at the end of `avtal --help`.
pub const TOP_LEVEL: &str = "\
Examples:
  avtal check                          what needs attention today (exit 1 if something is overdue)
  avtal plan --year 2027               the year's follow-up meetings, month by month
  avtal priority                       the 10/30/60 priority groups
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin
  avtal report skoladmin -o skoladmin.html --format html
  avtal -C contracts check --today 2026-11-22   the demo register on its demo day";

/// `avtal init`.
pub const INIT: &str = "\
Examples:
  avtal init                           a new register in ./contracts
  avtal init avtalsregister --organisation \"Sjöviks kommun\"";

/// `avtal new`.
pub const NEW: &str = "\
Examples:
  avtal new lokalvard --title Lokalvård --supplier \"Städ AB\" --start 2027-01-01 --end 2029-12-31
  avtal new it --title IT --supplier \"IT AB\" --start 2029-01-01 --end 2030-12-31 --kind framework";

/// `avtal list`.
pub const LIST: &str = "\
Examples:
  avtal list                           every contract, sorted by key
  avtal -C contracts list --format json";

/// `avtal show`.
pub const SHOW: &str = "\
Examples:
  avtal show skoladmin                 facts, term, options, KPIs and journal of one contract
  avtal -C contracts show skolmat --lang en";

/// `avtal check`.
pub const CHECK: &str = "\
Examples:
  avtal check                          what needs attention today; exit 1 on errors
  avtal -C contracts check --today 2026-11-22
  avtal check --fail-on warning --format json -o check.json
  avtal check --format github          annotations in a GitHub Actions job
  avtal check --within 30 --controller \"Anna Berg\"   one controller's next 30 days
  avtal check --list                   every named check, its severity and what it checks
  avtal check escalation kpi-missing   only these checks
  avtal check --all                    acknowledged findings too, counted for the exit code";

/// `avtal priority`.
pub const PRIORITY: &str = "\
Examples:
  avtal priority                       this year's groups 1, 2 and 3 with reasons
  avtal -C contracts priority --year 2027
  avtal priority --format csv -o prioritering.csv";

/// `avtal plan`.
pub const PLAN: &str = "\
Examples:
  avtal -C contracts plan --year 2027  the 2027 schedule, month by month, with the workload
  avtal plan --year 2027 --controller \"Anna Berg\"
  avtal plan --within 30               what falls due in the next 30 days, with its status
  avtal plan --from 2026-12-01 --within 60
  avtal plan --year 2027 --format ics -o uppfoljning-2027.ics
  avtal plan --year 2027 --format xlsx -o plan-2027.xlsx";

/// `avtal price`.
pub const PRICE: &str = "\
Examples:
  avtal -C contracts price stadtjanster   what the index clause allows, with the formula
  avtal price stadtjanster --claim 2.3 --date 2025-06-01   exit 0: within the index
  avtal price matdistribution --format json --lang en";

/// `avtal escalation`.
pub const ESCALATION: &str = "\
Examples:
  avtal escalation                     contracts at step 1 or higher, with who does what
  avtal -C contracts escalation skoladmin --today 2026-11-22
  avtal escalation --format json --lang en";

/// `avtal digest`.
pub const DIGEST: &str = "\
Examples:
  avtal digest                         per controller: overdue, due in the next 30 days, to handle
  avtal -C contracts digest --within 14 --controller \"Anna Berg\"
  avtal digest --format md -o digest
  avtal digest --format eml -o outbox --mail-from avtal@sjovik.example
  avtal digest --format json";

/// `avtal log`.
pub const LOG: &str = "\
Examples:
  avtal log skoladmin followup --note \"Uppföljningsmöte med Edu AB\"
  avtal log skoladmin deviation --ref AV-3 --note \"Sena leveranser i november\"
  avtal log skoladmin action --ref AV-3 --due 2027-01-31 --note \"Handlingsplan från leverantören\"
  avtal log skoladmin resolved --ref AV-2 --note \"Lasttest redovisat, åtgärdat\"
  avtal log skoladmin sanction --ref AV-3 --amount 25000 --note \"Vite enligt avtalet\"
  avtal log matdistribution price-adjustment --ref 2026-01-01 --note \"Priserna höjda\"
  avtal log skoladmin ack --ref escalation --until 2027-01-31 --note \"Beslut i styrgruppen\"";

/// `avtal kpi`.
pub const KPI: &str = "\
Examples:
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin
  avtal -C contracts kpi show skoladmin";

/// `avtal kpi import`.
pub const KPI_IMPORT: &str = "\
Examples:
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin --dry-run
  avtal kpi import examples/supplier-files/edu-ab-oktober.csv --contract skoladmin
  avtal kpi import examples/supplier-files/edu-ab-2026.xlsx --contract skoladmin --replace";

/// `avtal kpi show`.
pub const KPI_SHOW: &str = "\
Examples:
  avtal -C contracts kpi show skoladmin   the last 12 periods with targets and breaches
  avtal kpi show skoladmin --last 24 --format csv";

/// `avtal index`.
pub const INDEX: &str = "\
Examples:
  avtal index import examples/index/kpi-demo.csv --series KPI-demo --dry-run
  avtal index import examples/index/kpi-demo.json --series KPI-demo";

/// `avtal index import`.
pub const INDEX_IMPORT: &str = "\
Examples:
  avtal index import examples/index/kpi-demo.csv --series KPI-demo --dry-run
  avtal index import examples/index/kpi-demo.json --series KPI-demo
  avtal index import examples/index/kpi-demo.csv --series KPI-demo --replace --format json";

/// `avtal contracts`.
pub const CONTRACTS: &str = "\
Examples:
  avtal contracts import examples/avtalsdatabas/avtalsexport.xlsx --dry-run
  avtal -C contracts contracts import examples/avtalsdatabas/avtalsexport.csv --format json";

/// `avtal contracts import`.
pub const CONTRACTS_IMPORT: &str = "\
Examples:
  avtal contracts import examples/avtalsdatabas/avtalsexport.xlsx --dry-run
  avtal contracts import examples/avtalsdatabas/avtalsexport.xlsx
  avtal contracts import examples/avtalsdatabas/avtalsexport.csv --update --format json";

/// `avtal report`.
pub const REPORT: &str = "\
Examples:
  avtal report skoladmin                  the meeting pack as text
  avtal report skoladmin --format html -o skoladmin.html
  avtal -C contracts report skolmat --format md --lang en";

/// `avtal export`.
pub const EXPORT: &str = "\
Examples:
  avtal export followup skoladmin -o uppfoljning-skoladmin.xlsx
  avtal export kpi-sheet skoladmin --year 2027 -o nyckeltal-skoladmin-2027.xlsx";

/// `avtal export followup`.
pub const EXPORT_FOLLOWUP: &str = "\
Examples:
  avtal export followup skoladmin -o uppfoljning-skoladmin.xlsx
  avtal -C contracts export followup skolmat -o skolmat.xlsx --lang en";

/// `avtal export kpi-sheet`.
pub const EXPORT_KPI_SHEET: &str = "\
Examples:
  avtal export kpi-sheet skoladmin --year 2027 -o nyckeltal-skoladmin-2027.xlsx
  avtal -C contracts export kpi-sheet skolmat -o skolmat-nyckeltal.xlsx";

/// `avtal spend`.
pub const SPEND: &str = "\
Examples:
  avtal -C contracts spend --year 2026  total, contract loyalty, purchases outside contract
  avtal spend --year 2026 --format json -o spend-2026.json
  avtal spend --year 2026 --format xlsx -o avtalstrohet-2026.xlsx";

/// `avtal spend import`.
pub const SPEND_IMPORT: &str = "\
Examples:
  avtal spend import examples/supplier-files/spend/reskontra-2026-h1.xlsx --dry-run
  avtal spend import examples/supplier-files/spend/reskontra-2026-q3.csv --format json
  avtal spend import examples/supplier-files/spend/reskontra-2026-okt.ods
  avtal spend import examples/supplier-files/spend/manad-2026-11.csv --date 2026-11-30 --lenient
  avtal spend import examples/supplier-files/spend/e-fakturor   every .xml invoice in the folder";

/// `avtal completions`.
pub const COMPLETIONS: &str = "\
Examples:
  avtal completions bash > ~/.local/share/bash-completion/completions/avtal
  avtal completions zsh > ~/.zfunc/_avtal
  avtal completions fish > ~/.config/fish/completions/avtal.fish
  avtal completions powershell >> $PROFILE";

/// `avtal man`.
pub const MAN: &str = "\
Examples:
  avtal man | man -l -                 read the main page now
  avtal man -o ~/.local/share/man/man1   install every page, then `man avtal-plan`";

/// `avtal site`.
pub const SITE: &str = "\
Examples:
  avtal site -o public                 the contract catalogue for orderers, to publish
  avtal -C contracts site -o intern --internal   the dashboard for controllers and management
  avtal site -o public --lang en --today 2026-11-22";

/// `avtal schema`.
pub const SCHEMA: &str = "\
Examples:
  avtal schema contract -o contract.schema.json   for editors (Taplo): see docs/editors.md
  avtal schema register -o avtal.schema.json      the same for avtal.toml
  avtal schema                                    the contract schema on standard output";
