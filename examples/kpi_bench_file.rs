//! Generates the benchmark of `avtal kpi import` (SPEC §10): a register with one contract of
//! 1,000 monthly KPIs and a 100,000-row long-format workbook (100 months × 1,000 KPIs) for it.
//!
//! ```text
//! cargo run --release --example kpi_bench_file -- /tmp/kpi-bench
//! cargo build --release
//! time target/release/avtal -C /tmp/kpi-bench/register kpi import /tmp/kpi-bench/kpi-100k.xlsx --contract bench
//! ```

use rust_xlsxwriter::{Format, Workbook};
use std::fmt::Write as _;
use std::path::PathBuf;

const KPIS: usize = 1_000;
const MONTHS: usize = 100;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/kpi-bench".to_string()),
    );
    let contract_dir = dir.join("register/bench");
    std::fs::create_dir_all(&contract_dir)?;
    std::fs::write(dir.join("register/avtal.toml"), "language = \"sv\"\n")?;
    let mut toml = String::from(
        "title = \"Benchmark\"\nstart = 2020-01-01\nend = 2028-12-31\n\n[supplier]\nname = \"Bench AB\"\n",
    );
    for k in 0..KPIS {
        write!(
            toml,
            "\n[[kpis]]\nid = \"kpi{k:04}\"\nname = \"Nyckeltal {k:04}\"\nunit = \"%\"\ntarget = 95\n"
        )?;
    }
    std::fs::write(contract_dir.join("contract.toml"), toml)?;
    let _ = std::fs::remove_file(contract_dir.join("kpi.csv"));

    let mut book = Workbook::new();
    let sheet = book.add_worksheet().set_name("Utfall")?;
    let percent = Format::new().set_num_format("0.0%");
    sheet.write_string(0, 0, "Period")?;
    sheet.write_string(0, 1, "Nyckeltal")?;
    sheet.write_string(0, 2, "Utfall")?;
    let mut row = 1u32;
    for m in 0..MONTHS {
        let period = format!("{}-{:02}", 2020 + m / 12, m % 12 + 1);
        for k in 0..KPIS {
            sheet.write_string(row, 0, &period)?;
            sheet.write_string(row, 1, format!("Nyckeltal {k:04}"))?;
            let value = 0.9 + ((m * 31 + k * 7) % 100) as f64 / 1000.0;
            sheet.write_number_with_format(row, 2, value, &percent)?;
            row += 1;
        }
    }
    let path = dir.join("kpi-100k.xlsx");
    book.save(&path)?;
    println!(
        "wrote {} ({} rows) and {}",
        path.display(),
        row - 1,
        dir.join("register").display()
    );
    Ok(())
}
