//! Inline SVG line charts of a KPI against its target: value axis with labels, period labels,
//! the target as a dashed line and breached points marked in red.

use super::doc::Chart;
use crate::i18n;
use crate::render::markup::escape;

const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 230.0;
const LEFT: f64 = 54.0;
const RIGHT: f64 = 12.0;
const TOP: f64 = 18.0;
const BOTTOM: f64 = 62.0;
/// Font sizes in viewBox units: a chart prints about 85 mm wide (half the page), where 14
/// units are about 9 pt.
const TICK_FONT: f64 = 14.0;
const PERIOD_FONT: f64 = 13.0;

/// A `<figure>` with the chart's caption and SVG.
pub fn figure(chart: &Chart) -> String {
    format!(
        "<figure>\n<figcaption>{}</figcaption>\n{}</figure>\n",
        escape(&chart.title),
        svg(chart)
    )
}

/// "Nice" tick step for a range: 1, 2 or 5 times a power of ten.
fn tick_step(range: f64) -> f64 {
    let rough = range / 4.0;
    let power = 10f64.powf(rough.log10().floor());
    let fraction = rough / power;
    let nice = if fraction <= 1.0 {
        1.0
    } else if fraction <= 2.0 {
        2.0
    } else if fraction <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// The value axis: from a rounded minimum to a rounded maximum covering values and target.
fn value_range(chart: &Chart) -> (f64, f64, f64) {
    let values = chart.points.iter().filter_map(|p| p.1);
    let (mut low, mut high) = (chart.target, chart.target);
    for value in values {
        low = low.min(value);
        high = high.max(value);
    }
    if (high - low).abs() < f64::EPSILON {
        let pad = if high.abs() > 1.0 {
            high.abs() * 0.1
        } else {
            1.0
        };
        low -= pad;
        high += pad;
    }
    let step = tick_step(high - low);
    let low = (low / step).floor() * step;
    let high = (high / step).ceil() * step;
    (low, high, step)
}

fn fmt(x: f64) -> String {
    format!("{x:.1}")
}

/// The `<svg>` element of a chart.
pub fn svg(chart: &Chart) -> String {
    let (low, high, step) = value_range(chart);
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let n = chart.points.len().max(1);
    let x = |i: usize| {
        if n == 1 {
            LEFT + plot_w / 2.0
        } else {
            LEFT + plot_w * i as f64 / (n - 1) as f64
        }
    };
    let y = |v: f64| TOP + plot_h * (high - v) / (high - low);
    let mut out = format!(
        "<svg viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\">\n",
        escape(&chart.title)
    );
    // Grid lines and value labels.
    let mut tick = low;
    let mut guard = 0;
    while tick <= high + step / 1000.0 && guard < 50 {
        let ty = y(tick);
        out.push_str(&format!(
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#e3e8ed\" stroke-width=\"1\"/>\n",
            fmt(LEFT),
            fmt(ty),
            fmt(WIDTH - RIGHT),
            fmt(ty)
        ));
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{TICK_FONT}\" text-anchor=\"end\" fill=\"#55606b\">{}</text>\n",
            fmt(LEFT - 6.0),
            fmt(ty + 4.5),
            escape(&i18n::value((tick * 1000.0).round() / 1000.0, chart.lang))
        ));
        tick += step;
        guard += 1;
    }
    // Axes.
    out.push_str(&format!(
        "<line x1=\"{l}\" y1=\"{t}\" x2=\"{l}\" y2=\"{b}\" stroke=\"#8a96a3\"/>\n<line x1=\"{l}\" y1=\"{b}\" x2=\"{r}\" y2=\"{b}\" stroke=\"#8a96a3\"/>\n",
        l = fmt(LEFT),
        t = fmt(TOP),
        b = fmt(TOP + plot_h),
        r = fmt(WIDTH - RIGHT)
    ));
    // Period labels, rotated so twelve months fit.
    // At most 12 period labels, so that labels large enough to read do not overlap.
    let every = n.div_ceil(12);
    for (i, (period, _, _)) in chart.points.iter().enumerate() {
        if !(n - 1 - i).is_multiple_of(every) {
            continue;
        }
        let lx = x(i);
        let ly = TOP + plot_h + 12.0;
        out.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{PERIOD_FONT}\" text-anchor=\"end\" fill=\"#55606b\" transform=\"rotate(-40 {} {})\">{}</text>\n",
            fmt(lx),
            fmt(ly),
            fmt(lx),
            fmt(ly),
            escape(&period.to_string())
        ));
    }
    // Target line, dashed.
    let ty = y(chart.target);
    out.push_str(&format!(
        "<line class=\"target\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#1f5f8b\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"><title>{}</title></line>\n",
        fmt(LEFT),
        fmt(ty),
        fmt(WIDTH - RIGHT),
        fmt(ty),
        escape(&chart.target_label)
    ));
    out.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"{PERIOD_FONT}\" text-anchor=\"end\" fill=\"#1f5f8b\">{}</text>\n",
        fmt(WIDTH - RIGHT),
        fmt(ty - 4.0),
        escape(&chart.target_label)
    ));
    // The values: one polyline per run of reported periods, so a gap stays a gap.
    let mut run: Vec<String> = Vec::new();
    let mut lines = String::new();
    let flush = |run: &mut Vec<String>, lines: &mut String| {
        if run.len() > 1 {
            lines.push_str(&format!(
                "<polyline points=\"{}\" fill=\"none\" stroke=\"#2b3a48\" stroke-width=\"2\"/>\n",
                run.join(" ")
            ));
        }
        run.clear();
    };
    for (i, (_, value, _)) in chart.points.iter().enumerate() {
        match value {
            Some(v) => run.push(format!("{},{}", fmt(x(i)), fmt(y(*v)))),
            None => flush(&mut run, &mut lines),
        }
    }
    flush(&mut run, &mut lines);
    out.push_str(&lines);
    for (i, (period, value, breach)) in chart.points.iter().enumerate() {
        if let Some(v) = value {
            let (fill, r, class) = if *breach {
                ("#b3261e", 4.5, "point breach")
            } else {
                ("#2b3a48", 3.0, "point")
            };
            out.push_str(&format!(
                "<circle class=\"{class}\" cx=\"{}\" cy=\"{}\" r=\"{r}\" fill=\"{fill}\"><title>{}: {}</title></circle>\n",
                fmt(x(i)),
                fmt(y(*v)),
                escape(&period.to_string()),
                escape(&i18n::value(*v, chart.lang))
            ));
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::Period;
    use crate::model::Language;

    fn chart() -> Chart {
        Chart {
            title: "Leveransprecision (%)".into(),
            target: 95.0,
            target_label: "Mål ≥ 95 %".into(),
            points: vec![
                (Period::parse("2026-08").unwrap(), Some(91.4), true),
                (Period::parse("2026-09").unwrap(), None, false),
                (Period::parse("2026-10").unwrap(), Some(96.0), false),
                (Period::parse("2026-11").unwrap(), Some(97.0), false),
            ],
            lang: Language::Sv,
        }
    }

    #[test]
    fn marks_breaches_dashes_the_target_and_breaks_at_gaps() {
        let svg = svg(&chart());
        assert_eq!(svg.matches("class=\"point breach\"").count(), 1);
        assert_eq!(svg.matches("class=\"point\"").count(), 2);
        assert!(svg.contains("stroke-dasharray"));
        // 91.4 and 96/97 are separated by a missing period: only the second run is a line.
        assert_eq!(svg.matches("<polyline").count(), 1);
        assert!(svg.contains(">2026-08</text>"));
        assert!(svg.contains("91,4"));
    }

    #[test]
    fn nice_ticks() {
        assert_eq!(tick_step(10.0), 5.0);
        assert_eq!(tick_step(4.0), 1.0);
        let (low, high, _) = value_range(&chart());
        assert!(low <= 91.4 && high >= 97.0);
    }
}
