//! Messages of the importers (`kpi`, `spend`, `index` and `contracts import`): errors, warnings and summaries.

use crate::messages::macros::catalogue;

catalogue! {
    /// Messages of the importers (`kpi`, `spend`, `index` and `contracts import`): errors, warnings and summaries.
    pub trait Import {
        /// A file over the 50 MB limit.
        fn file_too_large(file: &str, mb: u64) -> String {
            sv: format!("{file}: filen är {mb} MB; filer över 50 MB importeras inte"),
            en: format!("{file}: the file is {mb} MB; files over 50 MB are not imported"),
        }
        /// A workbook that would unpack to more than 500 MB.
        fn archive_too_large(file: &str, mb: u64) -> String {
            sv: format!(
                "{file}: arbetsboken skulle packas upp till {mb} MB, över gränsen 500 MB (en skadad fil eller en zip-bomb); den lästes inte"
            ),
            en: format!(
                "{file}: the workbook would unpack to {mb} MB, over the limit of 500 MB (a damaged file or a zip bomb); it was not read"
            ),
        }
        /// A password-protected workbook.
        fn workbook_encrypted(file: &str) -> String {
            sv: format!("{file}: arbetsboken är lösenordsskyddad och kan inte läsas"),
            en: format!("{file}: the workbook is password-protected and cannot be read"),
        }
        /// `--sheet` names no sheet of the workbook.
        fn no_such_sheet(file: &str, sheet: &str, sheets: &str) -> String {
            sv: format!("{file}: det finns inget blad som heter `{sheet}`; bladen är: {sheets}"),
            en: format!("{file}: there is no sheet named `{sheet}`; the sheets are: {sheets}"),
        }
        /// No header row with a period column and a KPI column.
        fn kpi_no_header(file: &str) -> String {
            sv: format!(
                "{file}: ingen rubrikrad med en periodkolumn och en nyckeltalskolumn bland de 20 första raderna"
            ),
            en: format!(
                "{file}: no header row with a period column and a KPI column in the first 20 rows"
            ),
        }
        /// A sheet without any text cell, in the list of headers seen.
        fn seen_no_text_cells() -> &'static str {
            sv: "inga textceller",
            en: "no text cells",
        }
        /// How many more headers were seen than are listed.
        fn seen_more(count: usize) -> String {
            sv: format!("… och {count} till"),
            en: format!("… and {count} more"),
        }
        /// The headers seen in a CSV file, on a line of its own.
        fn saw_headers(headers: &str) -> String {
            sv: format!("\n  såg {headers}"),
            en: format!("\n  saw {headers}"),
        }
        /// The headers seen in one sheet, on a line of its own.
        fn sheet_saw_headers(sheet: &str, headers: &str) -> String {
            sv: format!("\n  blad {sheet}: såg {headers}"),
            en: format!("\n  sheet {sheet}: saw {headers}"),
        }
        /// How many more cell problems there are than are listed.
        fn more_cells(file: &str, count: usize) -> String {
            sv: format!("{file}: … och {count} celler till"),
            en: format!("{file}: … and {count} more cells"),
        }
        /// Imported KPI values that differ from the stored ones.
        fn kpi_conflicts(file: &str, count: usize) -> String {
            sv: format!("{file}: {count} värde(n) skiljer sig från dem som redan finns i kpi.csv:"),
            en: format!("{file}: {count} value(s) differ from those stored in kpi.csv:"),
        }
        /// One stored KPI value and the file's, on a line of its own.
        fn kpi_conflict(
            kpi: &str,
            period: &str,
            stored: &str,
            imported: &str,
            cell: &str,
        ) -> String {
            sv: format!("\n  {kpi} {period}: sparat {stored}, filen har {imported} ({cell})"),
            en: format!("\n  {kpi} {period}: stored {stored}, file has {imported} ({cell})"),
        }
        /// How many more lines there are than are listed, on a line of its own.
        fn listed_more(count: usize) -> String {
            sv: format!("\n  … och {count} till"),
            en: format!("\n  … and {count} more"),
        }
        /// What to do about a file over the size limit.
        fn hint_split_file() -> &'static str {
            sv: "dela upp filen, eller kopiera bladet med nyckeltalen till en ny arbetsbok",
            en: "split the file, or copy the sheet with the KPIs into a new workbook",
        }
        /// What to do about a workbook that unpacks too large.
        fn hint_new_file_or_csv() -> &'static str {
            sv: "be leverantören om en ny fil, eller spara bladet som CSV",
            en: "ask the supplier for a new file, or save the sheet as CSV",
        }
        /// What to do about a password-protected workbook.
        fn hint_remove_password() -> &'static str {
            sv: "öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok) och spara en kopia",
            en: "open it in Excel, remove the password (File > Info > Protect Workbook) and save a copy",
        }
        /// What to do about a `--sheet` that names no sheet.
        fn hint_check_sheet() -> &'static str {
            sv: "kontrollera --sheet",
            en: "check --sheet",
        }
        /// What the header row of a KPI report needs.
        fn hint_kpi_header(expected: &str) -> String {
            sv: format!(
                "rubrikraden behöver en periodkolumn (Period, Månad, Datum, Kvartal, År …) och en kolumn som heter som ett nyckeltal: {expected}; lägg till ett alias på nyckeltalet i contract.toml om leverantören använder ett annat namn"
            ),
            en: format!(
                "the header row needs a period column (Period, Månad, Datum, Kvartal, År …) and a column named after a KPI: {expected}; add an alias to the KPI in contract.toml if the supplier uses another name"
            ),
        }
        /// Nothing was written because of cells that cannot be read.
        fn hint_correct_cells() -> &'static str {
            sv: "inget skrevs; rätta cellerna och importera igen",
            en: "nothing was written; correct the cells and import again",
        }
        /// Nothing was written because stored KPI values would change.
        fn hint_kpi_replace() -> &'static str {
            sv: "inget skrevs; lägg till --replace för att skriva över de sparade värdena",
            en: "nothing was written; add --replace to overwrite the stored values",
        }
        /// The path is a folder or something else than a file.
        fn not_a_file() -> &'static str {
            sv: "är ingen fil",
            en: "is not a file",
        }
        /// The file has no bytes.
        fn file_empty() -> &'static str {
            sv: "filen är tom",
            en: "the file is empty",
        }
        /// What to do about an empty file.
        fn hint_send_again() -> &'static str {
            sv: "be leverantören skicka rapporten igen",
            en: "ask the supplier to send the report again",
        }
        /// The file is damaged, and how.
        fn file_damaged(reason: &str) -> String {
            sv: format!("är skadad: {reason}"),
            en: format!("is damaged: {reason}"),
        }
        /// What to do about a damaged workbook.
        fn hint_save_again() -> &'static str {
            sv: "öppna den i Excel eller LibreOffice och spara den igen",
            en: "open it in Excel or LibreOffice and save it again",
        }
        /// A workbook named like a text file.
        fn workbook_not_text() -> &'static str {
            sv: "är en arbetsbok, inte en textfil",
            en: "is a workbook, not a text file",
        }
        /// What to do about a workbook named like a text file.
        fn hint_rename_to_workbook() -> &'static str {
            sv: "byt filändelse till .xlsx (eller .xls/.ods) för att importera den som arbetsbok",
            en: "rename it to .xlsx (or .xls/.ods) to import it as a workbook",
        }
        /// A zip archive (.xlsx, .ods) that cannot be opened.
        fn zip_damaged(error: &str) -> String {
            sv: format!("är skadad: inget läsbart zip-arkiv ({error})"),
            en: format!("is damaged: not a readable zip archive ({error})"),
        }
        /// A file refused before reading, and why.
        fn file_refused(reason: &str) -> String {
            sv: format!("avvisas: {reason}"),
            en: format!("is refused: {reason}"),
        }
        /// What to do about an .ods file that expands too large.
        fn hint_ods_save_again() -> &'static str {
            sv: "öppna den i LibreOffice och spara den igen, eller spara bladet som CSV",
            en: "open it in LibreOffice and save it again, or save the sheet as CSV",
        }
        /// An old .xls workbook with an .xlsx name.
        fn xls_named_xlsx() -> &'static str {
            sv: "är en äldre Excel-arbetsbok (.xls) med filändelsen .xlsx",
            en: "is an old-style Excel workbook (.xls) with an .xlsx name",
        }
        /// What to do about an .xls workbook named .xlsx.
        fn hint_rename_to_xls() -> &'static str {
            sv: "byt filändelse till .xls och importera den igen",
            en: "rename it to .xls and import it again",
        }
        /// A zip archive named like another kind of workbook.
        fn not_workbook_zip(kind: &str) -> String {
            sv: format!(
                "är ingen {kind}-arbetsbok: den är ett zip-arkiv (en .xlsx- eller .ods-fil?)"
            ),
            en: format!("is not a {kind} workbook: it is a zip archive (an .xlsx or .ods file?)"),
        }
        /// What to do about a zip archive with the wrong name.
        fn hint_rename_to_xlsx_or_ods() -> &'static str {
            sv: "byt filändelse till .xlsx (eller .ods) och importera den igen",
            en: "rename it to .xlsx (or .ods) and import it again",
        }
        /// A web page or XML file named like a workbook.
        fn not_workbook_markup(kind: &str) -> String {
            sv: format!("är ingen {kind}-arbetsbok: den är en webbsida eller XML-fil"),
            en: format!("is not a {kind} workbook: it is a web page or XML file"),
        }
        /// What to do about a web page named like a workbook.
        fn hint_save_as_xlsx() -> &'static str {
            sv: "öppna den i Excel eller LibreOffice, spara den som .xlsx och importera den filen",
            en: "open it in Excel or LibreOffice and save it as .xlsx, then import that file",
        }
        /// A text file named like a workbook.
        fn not_workbook_text(kind: &str) -> String {
            sv: format!("är ingen {kind}-arbetsbok: den är en textfil"),
            en: format!("is not a {kind} workbook: it is a text file"),
        }
        /// What to do about a text file named like a workbook.
        fn hint_rename_to_csv() -> &'static str {
            sv: "om det är en CSV-export: byt filändelse till .csv och importera den igen",
            en: "if it is a CSV export, rename it to .csv and import it again",
        }
        /// A file named like a workbook that is something else.
        fn not_workbook_other(kind: &str) -> String {
            sv: format!("är ingen {kind}-arbetsbok (skadad, eller ett annat format)"),
            en: format!("is not a {kind} workbook (damaged, or another format)"),
        }
        /// A CSV file refused for its size, and why.
        fn csv_refused(reason: &str) -> String {
            sv: format!(
                "avvisas: {reason}; den är skadad eller inte en rapport eller export som avtal läser"
            ),
            en: format!(
                "is refused: {reason}; it is damaged or not a report or export avtal reads"
            ),
        }
        /// What to do about a CSV file that is too large.
        fn hint_split_csv() -> &'static str {
            sv: "dela upp filen, eller behåll bara nyckeltalskolumnerna",
            en: "split the file, or keep only the KPI columns",
        }
        /// A file that the CSV reader cannot read.
        fn csv_unreadable(error: &str) -> String {
            sv: format!("kan inte läsas som CSV: {error}"),
            en: format!("cannot be read as CSV: {error}"),
        }
        /// A CSV file with more lines than any reader takes.
        fn too_many_lines(max: u64) -> String {
            sv: format!("den har fler än {max} rader"),
            en: format!("it has more than {max} lines"),
        }
        /// A CSV file with more filled cells than any reader takes.
        fn too_many_filled_cells(max: u64) -> String {
            sv: format!("den har fler än {max} ifyllda celler"),
            en: format!("it has more than {max} filled cells"),
        }
        /// The sheet content of an .ods file is not XML.
        fn sheet_not_xml(error: &str) -> String {
            sv: format!("bladets innehåll är inte giltig XML ({error})"),
            en: format!("the sheet content is not valid XML ({error})"),
        }
        /// An .ods sheet whose repeated rows pass the row limit.
        fn ods_too_many_rows(max: u64, repeat: u64) -> String {
            sv: format!(
                "ett blad har fler än {max} ifyllda rader (en rad upprepad {repeat} gånger); den är skadad eller inte en rapport eller export som avtal läser"
            ),
            en: format!(
                "a sheet has more than {max} filled rows (a row repeated {repeat} times); it is damaged or not a report or export avtal reads"
            ),
        }
        /// An .ods workbook whose repeated cells pass the cell limit.
        fn ods_too_many_cells(max: u64) -> String {
            sv: format!(
                "arbetsboken har fler än {max} ifyllda celler, upprepningar medräknade; den är skadad eller inte en rapport eller export som avtal läser"
            ),
            en: format!(
                "the workbook has more than {max} filled cells, repeats included; it is damaged or not a report or export avtal reads"
            ),
        }
        /// An .xlsx sheet over the cell or row limit.
        fn xlsx_too_large(cells: u64, rows: u64) -> String {
            sv: format!(
                "den har fler än {cells} celler eller {rows} rader; den är skadad eller inte en rapport eller export som avtal läser"
            ),
            en: format!(
                "it has more than {cells} cells or {rows} rows; it is damaged or not a report or export avtal reads"
            ),
        }
        /// A workbook that the reader cannot open.
        fn workbook_unreadable(kind: &str, error: &str) -> String {
            sv: format!("är ingen läsbar {kind}-arbetsbok ({error})"),
            en: format!("is not a readable {kind} workbook ({error})"),
        }
        /// A text file opened as a workbook.
        fn not_a_workbook() -> &'static str {
            sv: "är ingen arbetsbok",
            en: "is not a workbook",
        }
        /// A sheet that cannot be read.
        fn sheet_unreadable(sheet: &str, error: &str) -> String {
            sv: format!("bladet {sheet} kan inte läsas: {error}"),
            en: format!("sheet {sheet} cannot be read: {error}"),
        }
        /// An .xls file cut short before its header ends.
        fn cfb_header_short() -> &'static str {
            sv: "filhuvudet i den sammansatta filen är avkortat",
            en: "the compound-file header is cut short",
        }
        /// An .xls file with an impossible sector size.
        fn cfb_sector_size(shift: u16) -> String {
            sv: format!("den sammansatta filen har en ogiltig sektorstorlek (2^{shift})"),
            en: format!("the compound file has an invalid sector size (2^{shift})"),
        }
        /// An .xls file with an impossible mini-sector size.
        fn cfb_mini_sector_size(shift: u16) -> String {
            sv: format!("den sammansatta filen har en ogiltig minisektorstorlek (2^{shift})"),
            en: format!("the compound file has an invalid mini-sector size (2^{shift})"),
        }
        /// An .xls file that claims more FAT sectors than it has sectors.
        fn cfb_fat_count(fat_count: usize, sectors: usize) -> String {
            sv: format!(
                "den sammansatta filen anger {fat_count} FAT-sektorer i en fil med {sectors}"
            ),
            en: format!("the compound file claims {fat_count} FAT sectors in a file of {sectors}"),
        }
        /// A stream larger than the whole file.
        fn cfb_stream_size(name: &str, size: u64, bytes: usize) -> String {
            sv: format!("strömmen {name} anger {size} byte i en fil med {bytes}"),
            en: format!("stream {name} claims {size} bytes in a file of {bytes}"),
        }
        /// A stream whose sector chain is shorter than the stream.
        fn cfb_chain_short(name: &str) -> String {
            sv: format!("sektorkedjan för strömmen {name} är kortare än strömmen"),
            en: format!("the sector chain of stream {name} is shorter than its size"),
        }
        /// A stream whose mini-sector chain does not match its size.
        fn cfb_mini_chain_size(name: &str) -> String {
            sv: format!("minisektorkedjan för strömmen {name} stämmer inte med strömmens storlek"),
            en: format!("the mini-sector chain of stream {name} does not fit its size"),
        }
        /// A sector chain that points outside the file.
        fn cfb_chain_outside(what: &str, sector: u32) -> String {
            sv: format!("kedjan för {what} pekar utanför filen (sektor {sector})"),
            en: format!("the {what} chain points outside the file (sector {sector})"),
        }
        /// A sector chain that comes back to a sector.
        fn cfb_chain_loops(what: &str, sector: u32) -> String {
            sv: format!("kedjan för {what} går i cirkel (sektor {sector} kommer två gånger)"),
            en: format!("the {what} chain loops (sector {sector} comes twice)"),
        }
        /// A sector chain that leaves the sector table.
        fn cfb_chain_leaves_fat(what: &str, sector: u32) -> String {
            sv: format!("kedjan för {what} hamnar utanför FAT (sektor {sector})"),
            en: format!("the {what} chain leaves the FAT (sector {sector})"),
        }
        /// A mini-sector chain that points outside the mini table.
        fn cfb_mini_chain_outside(what: &str) -> String {
            sv: format!("minisektorkedjan för {what} pekar utanför mini-FAT"),
            en: format!("the mini-sector chain of {what} points outside the mini FAT"),
        }
        /// A mini-sector chain that comes back to a sector.
        fn cfb_mini_chain_loops(what: &str) -> String {
            sv: format!("minisektorkedjan för {what} går i cirkel"),
            en: format!("the mini-sector chain of {what} loops"),
        }
        /// The directory of a compound file, as named in the chain messages.
        fn cfb_directory() -> &'static str {
            sv: "katalogen",
            en: "directory",
        }
        /// Two columns of the header match the same KPI.
        fn two_columns_one_kpi(text: &str, first: &str, kpi: &str) -> String {
            sv: format!(
                "kolumnen \"{text}\" och kolumn {first} matchar båda nyckeltalet `{kpi}`; ta bort eller byt namn på den ena"
            ),
            en: format!(
                "column \"{text}\" and column {first} both match KPI `{kpi}`; remove or rename one"
            ),
        }
        /// A header matches more than one KPI.
        fn column_matches_several_kpis(text: &str, kpis: &str) -> String {
            sv: format!(
                "kolumnen \"{text}\" matchar fler än ett nyckeltal: {kpis}; ge nyckeltalen olika namn och alias"
            ),
            en: format!(
                "column \"{text}\" matches more than one KPI: {kpis}; give the KPIs distinct names and aliases"
            ),
        }
        /// A row with KPI values but an empty period cell.
        fn row_without_period() -> &'static str {
            sv: "raden har värden för nyckeltal men ingen period",
            en: "this row has KPI values but no period",
        }
        /// A totals row, skipped.
        fn total_row_skipped(text: &str) -> String {
            sv: format!("raden \"{text}\" ser ut som en summarad och hoppades över"),
            en: format!("row \"{text}\" looks like a total and was skipped"),
        }
        /// A period cell holding a spreadsheet error value; the row is skipped.
        fn period_error_value(text: &str) -> String {
            sv: format!("periodcellen innehåller felvärdet {text}; raden hoppades över"),
            en: format!("the period cell is the error value {text}; row skipped"),
        }
        /// A period cell that cannot be read, with examples.
        fn not_a_period(text: &str) -> String {
            sv: format!(
                "\"{text}\" är ingen period; skriv till exempel 2026-01, jan 2026, 2026-Q1, K1 2026 eller 2026"
            ),
            en: format!(
                "\"{text}\" is not a period; write e.g. 2026-01, jan 2026, 2026-Q1, K1 2026 or 2026"
            ),
        }
        /// A KPI cell whose text is not a number, with examples.
        fn kpi_value_not_a_number(text: &str, kpi: &str) -> String {
            sv: format!(
                "\"{text}\" är inget tal (nyckeltal `{kpi}`); skriv till exempel 93,5 eller lämna cellen tom"
            ),
            en: format!(
                "\"{text}\" is not a number (KPI `{kpi}`); write e.g. 93,5 or leave the cell empty"
            ),
        }
        /// A KPI cell holding a date or a truth value.
        fn kpi_cell_not_a_number(text: &str, kpi: &str) -> String {
            sv: format!("\"{text}\" är inget tal (nyckeltal `{kpi}`)"),
            en: format!("\"{text}\" is not a number (KPI `{kpi}`)"),
        }
        /// A KPI value that is infinite or not a number.
        fn value_not_finite() -> &'static str {
            sv: "värdet är inget ändligt tal",
            en: "the value is not a finite number",
        }
        /// What a period cell is: a date.
        fn period_kind_date() -> &'static str {
            both: Self::A_DATE,
        }
        /// What a period cell is: a month.
        fn period_kind_month() -> &'static str {
            sv: "en månad",
            en: "a month",
        }
        /// What a period cell is: a quarter.
        fn period_kind_quarter() -> &'static str {
            sv: "ett kvartal",
            en: "a quarter",
        }
        /// What a period cell is: a year.
        fn period_kind_year() -> &'static str {
            sv: "ett år",
            en: "a year",
        }
        /// A period of another length than the KPI is reported in.
        fn period_not_the_kpi_frequency(
            text: &str,
            kind: &str,
            kpi: &str,
            frequency: &str,
        ) -> String {
            sv: format!(
                "\"{text}\" är {kind}, men nyckeltalet `{kpi}` rapporteras med frequency = \"{frequency}\""
            ),
            en: format!("\"{text}\" is {kind}, but KPI `{kpi}` is reported {frequency}"),
        }
        /// A value for a period outside the contract term; skipped.
        fn outside_contract_term(kpi: &str, period: &str, start: &str, end: &str) -> String {
            sv: format!(
                "{kpi} {period} ligger utanför avtalsperioden {start} – {end}; hoppades över"
            ),
            en: format!("{kpi} {period} is outside the contract term {start} – {end}; skipped"),
        }
        /// A value for a month the seasonal KPI is not reported in; skipped.
        fn outside_reporting_months(kpi: &str, period: &str) -> String {
            sv: format!("{kpi} {period} ligger utanför nyckeltalets rapportmånader; hoppades över"),
            en: format!("{kpi} {period} is outside the KPI's reporting months; skipped"),
        }
        /// Every value of a percent KPI lies between 0 and 1 in a file without cell formats.
        fn values_look_like_fractions(kpi: &str) -> String {
            sv: format!(
                "alla värden för `{kpi}` ligger mellan 0 och 1: de ser ut som andelar, inte procent; filens cellformat kan inte läsas, så de togs som de är (spara filen som .xlsx, eller skriv 93,5 för 93,5 %)"
            ),
            en: format!(
                "every value of `{kpi}` lies between 0 and 1: they look like fractions, not percent; the file's cell formats cannot be read, so they were taken as they are (save the file as .xlsx, or write 93,5 for 93,5 %)"
            ),
        }
        /// A value read with a decimal comma that looks like it has a thousands separator.
        fn comma_maybe_thousands(
            text: &str,
            value: &str,
            kpi: &str,
            median: &str,
            thousands: &str,
        ) -> String {
            sv: format!(
                "{text} lästes som {value} (decimalkomma), men de andra värdena för `{kpi}` ligger kring {median}: om `,` skiljer tusental här, skriv {thousands} och importera igen"
            ),
            en: format!(
                "{text} was read as {value} (decimal comma), but the other values of `{kpi}` are around {median}: if `,` separates thousands here, write {thousands} and import again"
            ),
        }
        /// A cell holding a spreadsheet error value, skipped.
        fn error_value_skipped(text: &str) -> String {
            sv: format!("felvärdet {text} hoppades över"),
            en: format!("error value {text} skipped"),
        }
        /// A long-format row naming no KPI of the contract.
        fn not_a_kpi_of(text: &str, contract: &str, kpis: &str) -> String {
            sv: format!(
                "\"{text}\" är inget nyckeltal i avtalet `{contract}`; nyckeltalen är: {kpis}"
            ),
            en: format!("\"{text}\" is not a KPI of contract `{contract}`; the KPIs are: {kpis}"),
        }
        /// A long-format row whose KPI name matches more than one KPI.
        fn matches_several_kpis(text: &str, kpis: &str) -> String {
            sv: format!("\"{text}\" matchar fler än ett nyckeltal: {kpis}"),
            en: format!("\"{text}\" matches more than one KPI: {kpis}"),
        }
        /// Two different values for the same KPI and period.
        fn second_value(kpi: &str, period: &str, here: &str, earlier: &str, cell: &str) -> String {
            sv: format!("ett andra värde för `{kpi}` {period}: {here} här, {earlier} i {cell}"),
            en: format!("a second value for `{kpi}` {period}: {here} here, {earlier} in {cell}"),
        }
        /// A month cell of an index file that cannot be read.
        fn not_a_month(text: &str) -> String {
            sv: format!("\"{text}\" är ingen månad (skriv 2024-01, 2024M01 eller januari 2024)"),
            en: format!("\"{text}\" is not a month (write 2024-01, 2024M01 or januari 2024)"),
        }
        /// A value cell that is not a number.
        fn import_not_a_number(text: &str) -> String {
            sv: format!("\"{text}\" är inget tal"),
            en: format!("\"{text}\" is not a number"),
        }
        /// An index value cell holding a date or a truth value.
        fn index_value_not_number() -> &'static str {
            sv: "ett indexvärde måste vara ett tal",
            en: "an index value must be a number",
        }
        /// An index value of zero or below.
        fn index_value_not_positive(value: &str) -> String {
            sv: format!("indexvärdet {value} måste vara större än 0"),
            en: format!("index value {value} must be greater than 0"),
        }
        /// A month given twice with different index values.
        fn month_twice(month: &str, first: &str, first_cell: &str, value: &str) -> String {
            sv: format!(
                "{month} förekommer två gånger med olika värden: {first} i {first_cell} och {value}"
            ),
            en: format!(
                "{month} appears twice with different values: {first} at {first_cell} and {value}"
            ),
        }
        /// How to download an index series from SCB.
        fn hint_json_stat() -> &'static str {
            sv: "ladda ner tabellen från SCB:s statistikdatabas som JSON-stat 2.0, med en serie och månaderna (Tid) valda",
            en: "download the table from SCB's statistical database as JSON-stat 2.0, with one series and the months (Tid) selected",
        }
        /// A JSON-stat file that is not JSON.
        fn json_invalid(error: &str) -> String {
            sv: format!("är inte giltig JSON: {error}"),
            en: format!("is not valid JSON: {error}"),
        }
        /// A JSON file without the `dimension` of a JSON-stat dataset.
        fn json_stat_no_dimension() -> &'static str {
            sv: "är ingen JSON-stat-datamängd: den saknar `dimension`",
            en: "is not a JSON-stat dataset: it has no `dimension`",
        }
        /// A JSON file without the `size` of a JSON-stat dataset.
        fn json_stat_no_size() -> &'static str {
            sv: "är ingen JSON-stat-datamängd: den saknar `size`",
            en: "is not a JSON-stat dataset: it has no `size`",
        }
        /// A JSON-stat dataset whose `id` and `size` disagree.
        fn json_stat_sizes(ids: usize, sizes: usize) -> String {
            sv: format!("`id` anger {ids} dimensioner men `size` anger {sizes}"),
            en: format!("`id` names {ids} dimensions but `size` gives {sizes}"),
        }
        /// A JSON-stat dataset without the months (`Tid`).
        fn json_stat_no_time(dimensions: &str) -> String {
            sv: format!("saknar dimensionen `Tid` (månaderna); dess dimensioner är: {dimensions}"),
            en: format!("has no `Tid` dimension (the months); its dimensions are: {dimensions}"),
        }
        /// A JSON-stat dataset with more than one series.
        fn json_stat_several_series(id: &str, size: usize) -> String {
            sv: format!(
                "innehåller flera serier: dimensionen `{id}` har {size} kategorier; välj en"
            ),
            en: format!("holds several series: dimension `{id}` has {size} categories; select one"),
        }
        /// The `Tid` dimension lacks its category index.
        fn json_stat_no_time_index() -> &'static str {
            sv: "dimensionen `Tid` saknar kategoriindex",
            en: "the `Tid` dimension has no category index",
        }
        /// The `Tid` category index has the wrong shape.
        fn json_stat_bad_time_index() -> &'static str {
            sv: "kategoriindexet för `Tid` är varken ett objekt eller en lista",
            en: "the `Tid` category index is neither an object nor an array",
        }
        /// A JSON-stat dataset without values.
        fn json_stat_no_value() -> &'static str {
            sv: "saknar `value`",
            en: "has no `value`",
        }
        /// A `Tid` category that is not a month.
        fn json_stat_not_a_month(id: &str) -> String {
            sv: format!("Tid-kategorin `{id}` är ingen månad"),
            en: format!("Tid category `{id}` is not a month"),
        }
        /// A JSON-stat index value of zero or below.
        fn json_stat_not_positive(place: &str, value: f64) -> String {
            sv: format!("{place}: indexvärdet {value} måste vara större än 0"),
            en: format!("{place}: index value {value} must be greater than 0"),
        }
        /// A JSON-stat value that is not a number.
        fn json_stat_not_a_number(place: &str, value: &str) -> String {
            sv: format!("{place}: värdet {value} är inget tal"),
            en: format!("{place}: value {value} is not a number"),
        }
        /// Why an org number starting with SE cannot be read.
        fn org_no_vat() -> &'static str {
            sv: "ett svenskt momsregistreringsnummer är SE, tio siffror och 01",
            en: "a Swedish VAT number is SE, ten digits and 01",
        }
        /// Why a twelve-digit org number cannot be read.
        fn org_no_twelve_digits() -> &'static str {
            sv: "ett tolvsiffrigt organisationsnummer börjar med 16",
            en: "a twelve-digit organisation number starts with 16",
        }
        /// A spend file whose extension no reader takes.
        fn spend_unknown_file_type() -> &'static str {
            sv: "okänd filtyp",
            en: "unknown file type",
        }
        /// The kinds of file `spend import` reads.
        fn hint_spend_file_types() -> &'static str {
            sv: "avtal läser .xlsx-, .xlsm-, .xls-, .ods-, .csv-, .txt- och .xml-filer",
            en: "avtal reads .xlsx, .xlsm, .xls, .ods, .csv, .txt and .xml files",
        }
        /// A spend CSV file over the 500 MB limit.
        fn spend_csv_too_large(mb: u64) -> String {
            sv: format!("filen är {mb} MB; CSV-filer över 500 MB importeras inte"),
            en: format!("the file is {mb} MB; CSV files over 500 MB are not imported"),
        }
        /// What to do about a spend export that is too large.
        fn hint_split_export() -> &'static str {
            sv: "dela upp exporten per månad eller per år",
            en: "split the export by month or by year",
        }
        /// A UTF-16 text file without a byte-order mark.
        fn utf16_without_bom() -> &'static str {
            sv: "är ingen textfil som avtal kan läsa (den ser ut som UTF-16 utan byte-order mark)",
            en: "is not a text file avtal can read (it looks like UTF-16 without a byte-order mark)",
        }
        /// What to do about a UTF-16 file without a byte-order mark.
        fn hint_save_as_utf8() -> &'static str {
            sv: "spara den som \"CSV UTF-8\" eller med BOM (Excel: \"Unicode-text\")",
            en: "save it as \"CSV UTF-8\" or with a BOM (Excel: \"Unicode text\")",
        }
        /// The best header row of a spend file and the required columns it lacks.
        fn spend_header_lacks(cell: &str, columns: &str) -> String {
            sv: format!("rubrikraden i {cell} saknar kolumnen {columns}"),
            en: format!("the header row at {cell} has no {columns} column"),
        }
        /// Joins the required columns a spend header lacks.
        fn spend_lacks_separator() -> &'static str {
            sv: " och kolumnen ",
            en: " and no ",
        }
        /// A spend sheet without anything like a header row.
        fn spend_no_header_row() -> &'static str {
            sv: "ingen rubrikrad bland de 20 första raderna",
            en: "no header row in the first 20 rows",
        }
        /// Why one sheet was not read.
        fn sheet_reason(sheet: &str, reason: &str) -> String {
            sv: format!("blad {sheet}: {reason}"),
            en: format!("sheet {sheet}: {reason}"),
        }
        /// No sheet of a spend file has a header row.
        fn spend_no_header(reasons: &str) -> String {
            sv: format!(
                "ingen rubrikrad med en datum-, en leverantörs- och en beloppskolumn: {reasons}"
            ),
            en: format!("no header row with a date, a supplier and an amount column: {reasons}"),
        }
        /// The column names a spend export needs.
        fn hint_spend_columns() -> &'static str {
            sv: "kolumnerna heter till exempel Bokföringsdatum, Leverantör, Organisationsnummer, Belopp exkl. moms",
            en: "the columns are named e.g. Bokföringsdatum, Leverantör, Organisationsnummer, Belopp exkl. moms",
        }
        /// A spend file without an org number column.
        fn spend_no_org_no_column() -> &'static str {
            sv: "det finns ingen kolumn för org_no (Organisationsnummer, Org.nr): raderna importeras utan organisationsnummer och kan inte kopplas till avtal",
            en: "there is no org_no column (Organisationsnummer, Org.nr): the rows are imported without organisation numbers and cannot be matched to contracts",
        }
        /// A totals row of a spend file, skipped.
        fn spend_totals_row_skipped(text: &str) -> String {
            sv: format!("hoppade över en summarad (\"{text}\")"),
            en: format!("skipped a totals row (\"{text}\")"),
        }
        /// A spend row without a date.
        fn spend_date_missing() -> &'static str {
            sv: "datum saknas",
            en: "the date is missing",
        }
        /// A spend date that cannot be read.
        fn spend_not_a_date(text: &str) -> String {
            sv: format!("\"{text}\" är inget datum (skriv 2026-01-15)"),
            en: format!("\"{text}\" is not a date (write 2026-01-15)"),
        }
        /// A spend row with an org number that cannot be read.
        fn spend_invalid_org_no(text: &str, reason: &str) -> String {
            sv: format!("\"{text}\" är inget giltigt organisationsnummer: {reason}"),
            en: format!("\"{text}\" is not a valid organisation number: {reason}"),
        }
        /// A spend row without supplier name and org number.
        fn spend_supplier_missing() -> &'static str {
            sv: "leverantör saknas (varken namn eller organisationsnummer)",
            en: "the supplier is missing (no name and no organisation number)",
        }
        /// A spend row without an amount.
        fn spend_amount_missing() -> &'static str {
            sv: "belopp saknas",
            en: "the amount is missing",
        }
        /// A spend amount that cannot be read.
        fn spend_not_an_amount(text: &str) -> String {
            sv: format!("\"{text}\" är inget belopp"),
            en: format!("\"{text}\" is not an amount"),
        }
        /// `--lenient`: org numbers that could not be read, stored empty.
        fn spend_org_nos_stored_empty(count: usize, cells: &str) -> String {
            sv: format!("{count} organisationsnummer kunde inte läsas och lagrades tomma (--lenient); raderna kan inte kopplas till avtal på organisationsnummer: {cells}"),
            en: format!("{count} organisation numbers could not be read and were stored empty (--lenient); those rows cannot be matched to contracts by organisation number: {cells}"),
        }
        /// `--date` for a file that has a date column.
        fn spend_date_and_date_column(header: &str) -> String {
            sv: format!("--date gäller bara en fil utan datumkolumn, men filen har datumkolumnen \"{header}\""),
            en: format!("--date is only for a file without a date column, but this file has the date column \"{header}\""),
        }
        /// What to do about `--date` for a file with a date column.
        fn hint_spend_date_column() -> &'static str {
            sv: "ta bort --date: varje rad dateras då av sin egen datumcell",
            en: "leave out --date: each row is then dated by its own date cell",
        }
        /// `--column` naming a header that is not in the file.
        fn spend_column_not_found(field: &str, header: &str, headers: &str) -> String {
            sv: format!("--column {field}={header}: filen har ingen kolumn \"{header}\"; rubrikerna i filen är {headers}"),
            en: format!("--column {field}={header}: the file has no column \"{header}\"; its headers are {headers}"),
        }
        /// What to do about a `--column` header that is not in the file.
        fn hint_spend_column() -> &'static str {
            sv: "skriv rubriken som den står i filen (skiftläge, å/ä/ö, mellanslag, _ . - och parenteser spelar ingen roll)",
            en: "write the header as it stands in the file (case, å/ä/ö, spaces, _ . - and parentheses do not matter)",
        }
        /// A spend file without a date column and no `--date`.
        fn spend_no_date_column() -> &'static str {
            sv: "filen har ingen datumkolumn (Bokföringsdatum, Fakturadatum, Datum)",
            en: "the file has no date column (Bokföringsdatum, Fakturadatum, Datum)",
        }
        /// What to do about a spend file without a date column.
        fn hint_spend_date_option() -> &'static str {
            sv: "en månadsexport utan datum läses med --date ÅÅÅÅ-MM-DD, som ger alla rader det datumet (till exempel månadens sista dag), eller --column date=RUBRIK om datumet står i en kolumn med ett annat namn",
            en: "a monthly export without dates is read with --date YYYY-MM-DD, which gives every row that date (e.g. the last day of the month), or --column date=HEADER if the date is in a column with another name",
        }
        /// `--column` without `=` or with an unknown field.
        fn spend_column_option(text: &str, fields: &str) -> String {
            sv: format!("--column {text}: skriv FÄLT=RUBRIK, där FÄLT är ett av {fields}"),
            en: format!("--column {text}: write FIELD=HEADER, with FIELD one of {fields}"),
        }
        /// `--column` naming one field twice.
        fn spend_column_twice(field: &str) -> String {
            sv: format!("--column {field} anges två gånger"),
            en: format!("--column {field} is given twice"),
        }
        /// The dry run's heading of the columns read from one file.
        fn spend_columns_heading(file: &str) -> String {
            sv: format!("{file}: kolumner som läses\n"),
            en: format!("{file}: columns read\n"),
        }
        /// One column read, in the dry run.
        fn spend_column_read(field: &str, header: &str, column: &str) -> String {
            sv: format!("  {field:<10} ← \"{header}\" (kolumn {column})\n"),
            en: format!("  {field:<10} ← \"{header}\" (column {column})\n"),
        }
        /// The dry run's heading of the first rows as they would be stored.
        fn spend_sample_heading(file: &str, count: usize) -> String {
            sv: format!("{file}: de {count} första raderna som de skulle lagras\n"),
            en: format!("{file}: the first {count} rows as they would be stored\n"),
        }
        /// The e-invoices `spend import` reads.
        fn hint_ubl() -> &'static str {
            sv: "avtal läser fakturor och kreditnotor enligt PEPPOL BIS Billing 3 (UBL 2.1 XML)",
            en: "avtal reads PEPPOL BIS Billing 3 invoices and credit notes (UBL 2.1 XML)",
        }
        /// An e-invoice that is not XML.
        fn ubl_not_xml(error: &str) -> String {
            sv: format!("är ingen läsbar XML-fil ({error})"),
            en: format!("is not a readable XML file ({error})"),
        }
        /// An XML file whose root is no UBL invoice or credit note.
        fn ubl_not_an_invoice(name: &str) -> String {
            sv: format!(
                "är ingen faktura: rotelementet är <{name}>, inte en UBL-<Invoice> eller -<CreditNote>"
            ),
            en: format!(
                "is not an invoice: its root element is <{name}>, not a UBL <Invoice> or <CreditNote>"
            ),
        }
        /// An e-invoice with an element twice where it may stand once (the amount could be either).
        fn ubl_duplicate(path: &str) -> String {
            sv: format!("har {path} mer än en gång; en faktura har ett enda sådant element, och avtal gissar inte vilket som gäller"),
            en: format!("has {path} more than once; an invoice has one such element, and avtal does not guess which one counts"),
        }
        /// An e-invoice that lacks an element.
        fn ubl_incomplete(path: &str) -> String {
            sv: format!("är ingen fullständig faktura: {path} saknas"),
            en: format!("is not a complete invoice: it has no {path}"),
        }
        /// An e-invoice whose issue date cannot be read.
        fn ubl_not_a_date(date: &str) -> String {
            sv: format!("cbc:IssueDate \"{date}\" är inget datum (ÅÅÅÅ-MM-DD)"),
            en: format!("cbc:IssueDate \"{date}\" is not a date (YYYY-MM-DD)"),
        }
        /// An e-invoice whose amount cannot be read.
        fn ubl_not_an_amount(amount: &str) -> String {
            sv: format!("cbc:TaxExclusiveAmount \"{amount}\" är inget belopp"),
            en: format!("cbc:TaxExclusiveAmount \"{amount}\" is not an amount"),
        }
        /// An e-invoice whose supplier org number cannot be read.
        fn ubl_invalid_org_no(id: &str, reason: &str) -> String {
            sv: format!(
                "cac:PartyLegalEntity/cbc:CompanyID \"{id}\" är inget giltigt organisationsnummer: {reason}"
            ),
            en: format!(
                "cac:PartyLegalEntity/cbc:CompanyID \"{id}\" is not a valid organisation number: {reason}"
            ),
        }
        /// No header row with the columns of a contract register.
        fn contracts_no_header(file: &str) -> String {
            sv: format!(
                "{file}: ingen rubrikrad med avtalsnamn, leverantör, startdatum och slutdatum bland de 20 första raderna"
            ),
            en: format!(
                "{file}: no header row with title, supplier, start and end in the first 20 rows"
            ),
        }
        /// A sheet without any text, in the list of headers seen by `contracts import`.
        fn seen_no_text() -> &'static str {
            sv: "ingen text",
            en: "no text",
        }
        /// The header row lacks required columns of a contract register.
        fn header_lacks_columns(file: &str, header: &str, columns: &str) -> String {
            sv: format!("{file}: {header}: rubrikraden saknar kolumn {columns}"),
            en: format!("{file}: {header}: the header row has no column {columns}"),
        }
        /// A header row with no contract under it.
        fn no_contract_rows(file: &str, header: &str) -> String {
            sv: format!("{file}: {header}: inga avtal under rubrikraden"),
            en: format!("{file}: {header}: no contracts under the header row"),
        }
        /// More rows than one contract import takes.
        fn too_many_contract_rows(file: &str, rows: usize) -> String {
            sv: format!("{file}: {rows} rader – fler än 20 000 avtal i en fil läses inte in"),
            en: format!(
                "{file}: {rows} rows – more than 20,000 contracts in one file are not imported"
            ),
        }
        /// How many more cell problems there are than are listed.
        fn more_contract_cells(file: &str, count: usize) -> String {
            sv: format!("{file}: … {count} till"),
            en: format!("{file}: … {count} more"),
        }
        /// Rows that differ from the contracts in the register.
        fn contract_conflicts(file: &str, count: usize, fields: usize) -> String {
            sv: format!("{file}: {count} avtal skiljer sig från registret ({fields} fält):"),
            en: format!(
                "{file}: {count} contract(s) differ from the register ({fields} field(s)):"
            ),
        }
        /// One field that differs, on a line of its own.
        fn contract_conflict(
            key: &str,
            field: &str,
            stored: &str,
            imported: &str,
            cell: &str,
        ) -> String {
            sv: format!(
                "\n  {key}: {field}: registret \"{stored}\", filen \"{imported}\" ({cell})"
            ),
            en: format!("\n  {key}: {field}: register \"{stored}\", file \"{imported}\" ({cell})"),
        }
        /// How many more contracts differ than are listed, on a line of its own.
        fn contracts_more(count: usize) -> String {
            sv: format!("\n  … {count} till"),
            en: format!("\n  … {count}"),
        }
        /// The columns the header row of a contract register needs.
        fn hint_contracts_header() -> &'static str {
            sv: "rubrikraden (bland de 20 första raderna) behöver kolumnerna Avtalsnamn, Leverantör, Startdatum och Slutdatum; se docs/reference.md §15 för fler namn",
            en: "the header row (within the first 20 rows) needs the columns Avtalsnamn, Leverantör, Startdatum and Slutdatum; see docs/reference.md §15 for other names",
        }
        /// What to do about a contract register without rows.
        fn hint_contract_rows() -> &'static str {
            sv: "exportera avtalen med en rad per avtal under rubrikraden",
            en: "export the contracts with one row per contract under the header row",
        }
        /// What to do about a contract register with too many rows.
        fn hint_split_contracts() -> &'static str {
            sv: "dela upp exporten, till exempel per förvaltning, och importera delarna en i taget",
            en: "split the export, for example by department, and import the parts one at a time",
        }
        /// Nothing was written because existing contracts would change.
        fn hint_contracts_update() -> &'static str {
            sv: "inget skrevs; lägg till --update för att skriva filens värden i de befintliga avtalen",
            en: "nothing was written; add --update to write the file's values into the existing contracts",
        }
        /// A key given on two rows.
        fn key_used_on_row(key: &str, row: usize) -> String {
            sv: format!("nyckeln `{key}` finns redan på rad {row}"),
            en: format!("the key `{key}` is already used on row {row}"),
        }
        /// Two rows naming the same existing contract.
        fn same_contract_as_row(key: &str, row: usize) -> String {
            sv: format!("raden avser samma avtal `{key}` som rad {row}"),
            en: format!("the row names the same contract `{key}` as row {row}"),
        }
        /// A key whose folder exists but holds no contract.
        fn folder_without_contract(key: &str) -> String {
            sv: format!("mappen `{key}` finns redan i registret men har inget avtal"),
            en: format!("the folder `{key}` already exists in the register but holds no contract"),
        }
        /// A contract without options, in a comparison.
        fn no_options() -> &'static str {
            both: Self::NONE,
        }
        /// The options of a contract and their notice, in a comparison.
        fn options_summary(months: &str, notice: &str) -> String {
            sv: format!("{months} mån (besked senast {notice} mån före)"),
            en: format!("{months} months (notice {notice} months)"),
        }
        /// An options cell that cannot be read, with examples.
        fn options_unreadable(text: &str) -> String {
            sv: format!(
                "förlängningen \"{text}\" kan inte läsas; skriv till exempel 2+1+1, 1+1 år, 2 x 12 mån, 24 mån eller nej"
            ),
            en: format!(
                "the options \"{text}\" cannot be read; write e.g. 2+1+1, 1+1 år, 2 x 12 mån, 24 mån or nej"
            ),
        }
        /// A contract row without a title.
        fn row_without_title() -> &'static str {
            sv: "raden har inget avtalsnamn",
            en: "the row has no title",
        }
        /// A contract row without a supplier.
        fn row_without_supplier() -> &'static str {
            sv: "raden har ingen leverantör",
            en: "the row has no supplier",
        }
        /// A contract row without a start date.
        fn row_without_start() -> &'static str {
            sv: "raden har inget startdatum",
            en: "the row has no start date",
        }
        /// A contract row without an end date.
        fn row_without_end() -> &'static str {
            sv: "raden har inget slutdatum",
            en: "the row has no end date",
        }
        /// A key that is not a valid folder name.
        fn import_invalid_key(key: &str) -> String {
            sv: format!(
                "\"{key}\" är ingen giltig nyckel: använd a–z, 0–9, `.`, `_` och `-`, med en bokstav eller siffra först"
            ),
            en: format!(
                "\"{key}\" is not a valid key: use a-z, 0-9, `.`, `_` and `-`, starting with a letter or digit"
            ),
        }
        /// A contract row with an org number that cannot be read.
        fn invalid_org_no(text: &str, reason: &str) -> String {
            sv: format!("ogiltigt organisationsnummer \"{text}\": {reason}"),
            en: format!("invalid organisation number \"{text}\": {reason}"),
        }
        /// A contract row without an org number.
        fn no_org_no() -> &'static str {
            sv: "organisationsnummer saknas",
            en: "no organisation number",
        }
        /// A contract row that ends before it starts.
        fn import_end_before_start(end: &str, start: &str) -> String {
            sv: format!("slutdatum {end} är före startdatum {start}"),
            en: format!("the end {end} is before the start {start}"),
        }
        /// A kind of contract that avtal does not know, read as `contract`.
        fn unknown_kind(text: &str, cell: &str) -> String {
            sv: format!("okänd avtalstyp \"{text}\" ({cell}), läst som contract"),
            en: format!("unknown kind \"{text}\" ({cell}), read as contract"),
        }
        /// Options without a notice period got the default.
        fn no_notice_period(months: u32) -> String {
            sv: format!(
                "uppsägningstid saknas: optionerna fick notice_months = {months}; kontrollera mot avtalet"
            ),
            en: format!(
                "no notice period: the options got notice_months = {months}; check against the contract"
            ),
        }
        /// A date cell holding a plain number.
        fn number_not_a_date(value: f64) -> String {
            sv: format!("talet {value} är inget datum; skriv datumet som ÅÅÅÅ-MM-DD"),
            en: format!("the number {value} is not a date; write the date as YYYY-MM-DD"),
        }
        /// A date that does not exist.
        fn import_impossible_date(text: &str) -> String {
            sv: format!("\"{text}\" är ett omöjligt datum"),
            en: format!("\"{text}\" is an impossible date"),
        }
        /// A date cell that cannot be read.
        fn not_a_date(text: &str) -> String {
            sv: format!("\"{text}\" är inget datum; skriv det som ÅÅÅÅ-MM-DD"),
            en: format!("\"{text}\" is not a date; write it as YYYY-MM-DD"),
        }
        /// An amount cell that cannot be read, with examples.
        fn import_not_an_amount(text: &str) -> String {
            sv: format!(
                "\"{text}\" är inget belopp; skriv till exempel 4 500 000 kr, 850 tkr eller 4,5 Mkr"
            ),
            en: format!("\"{text}\" is not an amount; write e.g. 4 500 000 kr, 850 tkr or 4,5 Mkr"),
        }
        /// A negative amount.
        fn negative_amount(text: &str) -> String {
            sv: format!("beloppet \"{text}\" är negativt"),
            en: format!("the amount \"{text}\" is negative"),
        }
        /// A notice period that cannot be read.
        fn notice_unreadable(text: &str) -> String {
            sv: format!("uppsägningstiden \"{text}\" kan inte läsas; skriv till exempel 9 mån"),
            en: format!("the notice period \"{text}\" cannot be read; write e.g. 9 mån"),
        }
        /// A yes/no cell that is neither.
        fn not_yes_or_no(text: &str) -> String {
            sv: format!("\"{text}\" är varken ja eller nej; skriv ja, nej eller x"),
            en: format!("\"{text}\" is neither yes nor no; write ja, nej or x"),
        }
        /// A file whose extension no reader takes.
        fn unknown_file_type(file: &str) -> String {
            sv: format!("{file}: okänd filtyp"),
            en: format!("{file}: unknown file type"),
        }
        /// The kinds of file `kpi import` reads.
        fn hint_kpi_file_types() -> &'static str {
            sv: "avtal läser .xlsx-, .xlsm-, .xls-, .ods-, .csv- och .txt-filer",
            en: "avtal reads .xlsx, .xlsm, .xls, .ods, .csv and .txt files",
        }
        /// `kpi import` for a contract without KPIs.
        fn contract_has_no_kpis(key: &str) -> String {
            sv: format!("avtalet `{key}` har inga nyckeltal"),
            en: format!("contract `{key}` has no KPIs"),
        }
        /// How many more warnings there are than are shown.
        fn more_warnings(file: &str, count: usize) -> String {
            sv: format!("{file}: … och {count} varning(ar) till som inte visas"),
            en: format!("{file}: … and {count} more warning(s) not shown"),
        }
        /// A KPI report with a header row but no values under it.
        fn no_kpi_values(file: &str, header: &str) -> String {
            sv: format!(
                "{file}: det finns inga värden för nyckeltalen under rubrikraden i {header}"
            ),
            en: format!("{file}: there are no KPI values under the header row at {header}"),
        }
        /// `--dry-run` when the file would not change.
        fn dry_run_no_change(name: &str) -> String {
            sv: format!("Provkörning: inget skrevs. {name} skulle inte ändras.\n"),
            en: format!("Dry run: nothing was written. {name} would not change.\n"),
        }
        /// `--dry-run` before the diff of what would change.
        fn dry_run_diff(name: &str) -> String {
            sv: format!("Provkörning: inget skrevs. Så här skulle {name} ändras:\n"),
            en: format!("Dry run: nothing was written. {name} would change as follows:\n"),
        }
        /// The file an import wrote.
        fn wrote(name: &str) -> String {
            sv: format!("Skrev {name}.\n"),
            en: format!("Wrote {name}.\n"),
        }
        /// An import that changed nothing.
        fn nothing_new(name: &str) -> String {
            sv: format!("Inget nytt: {name} ändrades inte.\n"),
            en: format!("Nothing new: {name} was not changed.\n"),
        }
        /// The progress line while a large file is read (indicatif's template).
        fn progress_template() -> &'static str {
            sv: "{spinner} {msg} {pos} rader",
            en: "{spinner} {msg} {pos} rows",
        }
        /// What the progress line says is going on.
        fn progress_reading() -> &'static str {
            sv: "läser",
            en: "reading",
        }
        /// A workbook and the sheet read from it.
        fn file_and_sheet(file: &str, sheet: &str) -> String {
            sv: format!("{file}, blad {sheet}"),
            en: format!("{file}, sheet {sheet}"),
        }
        /// The first line of the `kpi import` summary.
        fn kpi_import_heading(key: &str, source: &str) -> String {
            sv: format!("Import till {key} från {source}\n"),
            en: format!("Import into {key} from {source}\n"),
        }
        /// Column header: the KPI.
        fn column_kpi() -> &'static str {
            both: Self::KPI,
        }
        /// Column header: values or rows that are new.
        fn column_new() -> &'static str {
            sv: "Nya",
            en: "New",
        }
        /// Column header: values or rows already stored.
        fn column_unchanged() -> &'static str {
            sv: "Oförändrade",
            en: "Unchanged",
        }
        /// Column header: stored values replaced.
        fn column_replaced() -> &'static str {
            sv: "Ersatta",
            en: "Replaced",
        }
        /// Column header: values or rows skipped.
        fn column_skipped() -> &'static str {
            sv: "Överhoppade",
            en: "Skipped",
        }
        /// A stored KPI value that `--replace` changes, with both values.
        fn replacing_value(
            kpi: &str,
            period: &str,
            stored: &str,
            imported: &str,
            cell: &str,
        ) -> String {
            sv: format!("Ersätter {kpi} {period}: {stored} → {imported} ({cell})\n"),
            en: format!("Replacing {kpi} {period}: {stored} → {imported} ({cell})\n"),
        }
        /// A KPI period that breaches the target.
        fn state_breach() -> &'static str {
            sv: "avvikelse",
            en: "breach",
        }
        /// A KPI period whose value is missing.
        fn state_missing() -> &'static str {
            both: Self::MISSING,
        }
        /// A KPI period whose value is not due yet.
        fn state_not_due() -> &'static str {
            sv: "ej inrapporterad än",
            en: "not due yet",
        }
        /// `kpi show` for a contract without KPIs.
        fn contract_without_kpis() -> &'static str {
            sv: "Avtalet har inga nyckeltal.\n",
            en: "The contract has no KPIs.\n",
        }
        /// A KPI and its target, above its table.
        fn kpi_target(name: &str, id: &str, target: &str) -> String {
            sv: format!("{name} ({id}), mål {target}\n"),
            en: format!("{name} ({id}), target {target}\n"),
        }
        /// Column header: the period.
        fn column_period() -> &'static str {
            both: Self::PERIOD,
        }
        /// Column header: the value.
        fn column_value() -> &'static str {
            both: Self::VALUE,
        }
        /// Column header: the status.
        fn column_status() -> &'static str {
            both: Self::STATUS,
        }
        /// How many periods in a row breach the target.
        fn breaches_in_a_row(count: u32) -> String {
            sv: format!("Avvikelser i rad: {count}\n"),
            en: format!("Breaches in a row: {count}\n"),
        }
        /// The periods whose value is missing.
        fn missing_periods(periods: &str) -> String {
            sv: format!("Saknade perioder: {periods}\n"),
            en: format!("Missing periods: {periods}\n"),
        }
        /// No period is missing.
        fn no_missing_periods() -> &'static str {
            both: Self::NONE,
        }
        /// An index series name that cannot be a file name.
        fn import_invalid_series_name(name: &str) -> String {
            sv: format!("`{name}` är inget giltigt serienamn"),
            en: format!("`{name}` is not a valid series name"),
        }
        /// What an index series name may hold.
        fn hint_series_name() -> &'static str {
            sv: "använd bokstäver, siffror, `.`, `_` och `-`, till exempel --series KPI, men inget namn som Windows förbjuder (CON, NUL, AUX, PRN, COM1, LPT1) och inget som slutar med `.`",
            en: "use letters, digits, `.`, `_` and `-`, e.g. --series KPI, but no name Windows forbids (CON, NUL, AUX, PRN, COM1, LPT1) and none ending in `.`",
        }
        /// An index file without values.
        fn no_index_values(file: &str) -> String {
            sv: format!("{file}: filen innehåller inga indexvärden"),
            en: format!("{file}: there are no index values in the file"),
        }
        /// The kinds of file `index import` reads.
        fn hint_index_file_types() -> &'static str {
            sv: "avtal läser .xlsx-, .xlsm-, .xls-, .ods-, .csv- och .txt-filer samt JSON-stat (.json)",
            en: "avtal reads .xlsx, .xlsm, .xls, .ods, .csv, .txt and JSON-stat .json files",
        }
        /// No header row with a month column and a value column.
        fn index_no_header(file: &str) -> String {
            sv: format!(
                "{file}: ingen rubrikrad med en månadskolumn och en värdekolumn bland de 20 första raderna"
            ),
            en: format!(
                "{file}: no header row with a month column and a value column in the first 20 rows"
            ),
        }
        /// What the header row of an index file needs.
        fn hint_index_header() -> &'static str {
            sv: "månadskolumnen har rubriken Månad, Period, Datum, Month eller Tid; värdena står i kolumnen efter",
            en: "the month column is headed Månad, Period, Datum, Month or Tid; the values are in the next column",
        }
        /// Imported index values that differ from the stored ones.
        fn index_conflicts(file: &str, count: usize, name: &str) -> String {
            sv: format!("{file}: {count} värde(n) skiljer sig från dem som redan finns i {name}:"),
            en: format!("{file}: {count} value(s) differ from those stored in {name}:"),
        }
        /// One stored index value and the file's, on a line of its own.
        fn index_conflict(month: &str, stored: &str, imported: &str, place: &str) -> String {
            sv: format!("\n  {month}: sparat {stored}, filen har {imported} ({place})"),
            en: format!("\n  {month}: stored {stored}, file has {imported} ({place})"),
        }
        /// Nothing was written because stored index values would change.
        fn hint_index_replace() -> &'static str {
            sv: "inget skrevs; SCB reviderar vissa serier: kontrollera källan och lägg sedan till --replace för att skriva över de sparade värdena",
            en: "nothing was written; SCB revises some series: check the source, then add --replace to overwrite the stored values",
        }
        /// The first line of the `index import` summary.
        fn index_summary(series: &str, file: &str) -> String {
            sv: format!("Indexserie {series} från {file}\n"),
            en: format!("Index series {series} from {file}\n"),
        }
        /// What `index import` did to the months of the series.
        fn index_counts(new: usize, unchanged: usize, replaced: usize) -> String {
            sv: format!("  nya månader: {new}, oförändrade: {unchanged}, ersatta: {replaced}\n"),
            en: format!("  new months: {new}, unchanged: {unchanged}, replaced: {replaced}\n"),
        }
        /// How many months the series holds after the import, and from when to when.
        fn index_series_months(months: usize, span: &str) -> String {
            sv: format!("  serien har nu {months} månader{span}\n"),
            en: format!("  the series now has {months} months{span}\n"),
        }
        /// A stored index value that `--replace` changes.
        fn replacing_month(month: &str, stored: &str, imported: &str) -> String {
            sv: format!("  ersätter {month}: {stored} → {imported}\n"),
            en: format!("  replacing {month}: {stored} → {imported}\n"),
        }
        /// `--dry-run` with the whole file as it would be written.
        fn dry_run_would_be(name: &str, content: &str) -> String {
            sv: format!("Provkörning: inget skrevs. Så här skulle {name} se ut:\n{content}"),
            en: format!("Dry run: nothing was written. {name} would be:\n{content}"),
        }
        /// The first line of the spend summary.
        fn spend_heading(year: i32, total: &str, matched: &str, loyalty: &str) -> String {
            sv: format!(
                "Inköp {year}: {total} totalt, {matched} på avtal – avtalstrohet {loyalty}\n"
            ),
            en: format!(
                "Spend {year}: {total} in total, {matched} under contract – contract loyalty {loyalty}\n"
            ),
        }
        /// The heading of the largest suppliers outside contract.
        fn largest_outside_contract(limit: &str) -> String {
            sv: format!("\nStörst utanför avtal (* = över direktupphandlingsgränsen {limit}):\n"),
            en: format!("\nLargest outside contract (* = over the direct-award limit {limit}):\n"),
        }
        /// Column header: the organisation number.
        fn column_org_no() -> &'static str {
            both: Self::ORG_NO,
        }
        /// Column header: the supplier.
        fn column_supplier() -> &'static str {
            both: Self::SUPPLIER,
        }
        /// Column header: the amount.
        fn column_amount() -> &'static str {
            both: Self::AMOUNT,
        }
        /// A contract whose spend this year is above its annual value.
        fn above_annual_value() -> &'static str {
            both: Self::ABOVE_ANNUAL_VALUE,
        }
        /// A framework whose spend nears its maximum value.
        fn near_maximum_value() -> &'static str {
            sv: "nära takvolymen",
            en: "near maximum value",
        }
        /// The heading of the contracts table.
        fn contracts_heading() -> &'static str {
            sv: "\nAvtal:\n",
            en: "\nContracts:\n",
        }
        /// Column header: the contract.
        fn column_contract() -> &'static str {
            both: Self::CONTRACT,
        }
        /// Column header: the spend this year.
        fn column_spend_this_year() -> &'static str {
            both: Self::SPEND_THIS_YEAR,
        }
        /// Column header: the annual value.
        fn column_annual_value() -> &'static str {
            both: Self::ANNUAL_VALUE,
        }
        /// Column header: the spend since the contract started.
        fn column_since_start() -> &'static str {
            both: Self::SINCE_START,
        }
        /// Column header: the maximum value and how much of it is used.
        fn column_maximum_value_used() -> &'static str {
            both: Self::MAXIMUM_VALUE_BRACKET_USED,
        }
        /// The heading of the departments table.
        fn departments_heading() -> &'static str {
            sv: "\nFörvaltningar:\n",
            en: "\nDepartments:\n",
        }
        /// Column header: the department.
        fn column_department() -> &'static str {
            both: Self::DEPARTMENT,
        }
        /// Column header: the total.
        fn column_total() -> &'static str {
            both: Self::TOTAL,
        }
        /// Column header: the spend under contract.
        fn column_under_contract() -> &'static str {
            both: Self::UNDER_CONTRACT,
        }
        /// Column header: the contract loyalty.
        fn column_loyalty() -> &'static str {
            both: Self::LOYALTY,
        }
        /// The heading of the ranked frameworks table.
        fn ranked_frameworks_heading() -> &'static str {
            sv: "\nRangordnade ramavtal:\n",
            en: "\nRanked frameworks:\n",
        }
        /// Column header: the framework agreement.
        fn column_framework() -> &'static str {
            both: Self::FRAMEWORK,
        }
        /// Column header: the spend.
        fn column_spend() -> &'static str {
            both: Self::SPEND,
        }
        /// Column header: the share bought from the supplier ranked first.
        fn column_rank1_share() -> &'static str {
            both: Self::RANK_1_SHARE,
        }
        /// A folder given to `spend import` without e-invoices.
        fn folder_without_xml(folder: &str) -> String {
            sv: format!("{folder}: mappen innehåller inga .xml-filer"),
            en: format!("{folder}: the folder has no .xml files"),
        }
        /// What `spend import` did with some rows: how many, and the sum of their amounts.
        fn spend_counts(new: usize, new_sum: &str, stored: usize, stored_sum: &str, skipped: usize, skipped_sum: &str) -> String {
            sv: format!("{new} nya ({new_sum}), {stored} redan lagrade ({stored_sum}), {skipped} överhoppade ({skipped_sum})"),
            en: format!("{new} new ({new_sum}), {stored} already stored ({stored_sum}), {skipped} skipped ({skipped_sum})"),
        }
        /// What `spend import` did in all (`counts` from `spend_counts`).
        fn spend_total_counts(counts: &str) -> String {
            sv: format!("Totalt: {counts}\n"),
            en: format!("Total: {counts}\n"),
        }
        /// `--dry-run`: nothing was written.
        fn dry_run() -> &'static str {
            sv: "Provkörning: inget skrevs.\n",
            en: "Dry run: nothing was written.\n",
        }
        /// A spend import that changed nothing.
        fn spend_nothing_new() -> &'static str {
            sv: "Inget nytt: spend/ ändrades inte.\n",
            en: "Nothing new: spend/ was not changed.\n",
        }
        /// A thread writing contract files stopped unexpectedly.
        fn writer_thread_failed() -> &'static str {
            sv: "en skrivtråd avbröts oväntat",
            en: "a writer thread failed",
        }
        /// A workbook and the sheet read from it, in the contracts summary.
        fn file_with_sheet(file: &str, sheet: &str) -> String {
            sv: format!("{file} (blad {sheet})"),
            en: format!("{file} (sheet {sheet})"),
        }
        /// The first line of the `contracts import` summary.
        fn contracts_summary(
            source: &str,
            count: usize,
            new: usize,
            unchanged: usize,
            updated: usize,
            skipped: usize,
        ) -> String {
            sv: format!(
                "{source}: {count} avtal. Nya {new}, oförändrade {unchanged}, uppdaterade {updated}, överhoppade rader {skipped}.\n"
            ),
            en: format!(
                "{source}: {count} contracts. New {new}, unchanged {unchanged}, updated {updated}, skipped rows {skipped}.\n"
            ),
        }
        /// A contract `--dry-run` would create.
        fn would_create(file: &str, title: &str) -> String {
            sv: format!("  Skulle skapa {file}  {title}\n"),
            en: format!("  Would create {file}  {title}\n"),
        }
        /// A contract `--dry-run` would update, and its fields.
        fn would_update(file: &str, fields: &str) -> String {
            sv: format!("  Skulle uppdatera {file}: {fields}\n"),
            en: format!("  Would update {file}: {fields}\n"),
        }
        /// A contract the import created.
        fn created(file: &str, title: &str) -> String {
            sv: format!("  Skapade {file}  {title}\n"),
            en: format!("  Created {file}  {title}\n"),
        }
        /// A contract the import updated, and its fields.
        fn updated(file: &str, fields: &str) -> String {
            sv: format!("  Uppdaterade {file}: {fields}\n"),
            en: format!("  Updated {file}: {fields}\n"),
        }
        /// A contracts import that changed nothing.
        fn register_nothing_new() -> &'static str {
            sv: "Inget nytt: registret ändrades inte.\n",
            en: "Nothing new: the register was not changed.\n",
        }
        /// After a contracts import: what to run next.
        fn check_the_register() -> &'static str {
            sv: "Kontrollera registret med `avtal check`.\n",
            en: "Check the register with `avtal check`.\n",
        }
    }
}
