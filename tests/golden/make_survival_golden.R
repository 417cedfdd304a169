#!/usr/bin/env Rscript
# Golden values for tests/core/stats/survival_test.cpp, computed with R's survival package.
# Run from the repository root:   Rscript tests/golden/make_survival_golden.R
# Writes tests/golden/survival_pbc.json, survival_lung.json and survival_small.json.
# jsonlite is not installed on the reference machine, so JSON is written by hand with
# sprintf("%.17g") (round-trips doubles exactly); NA, NaN and Inf become null.
# Each file also holds the input columns it was computed from ("input"), so the C++ test
# reads exactly what R read and needs no path outside tests/golden.
suppressPackageStartupMessages(library(survival))

num <- function(x) {
  ifelse(is.finite(x), sprintf("%.17g", x), "null")
}
arr <- function(x) paste0("[", paste(num(x), collapse = ", "), "]")
str <- function(x) paste0("\"", x, "\"")
obj <- function(...) {
  fields <- list(...)
  paste0("{", paste0(str(names(fields)), ": ", unlist(fields), collapse = ", "), "}")
}
objList <- function(items) paste0("[\n    ", paste(items, collapse = ",\n    "), "\n  ]")

# survfit's print method (survival:::survmean) gives the median and its CI; it differs
# from quantile.survfit when S stays at exactly 0.5 to the last time.
printedMedian <- function(fit) {
  m <- summary(fit)$table
  obj(median = num(m[["median"]]), lower = num(m[["0.95LCL"]]), upper = num(m[["0.95UCL"]]))
}

kmTable <- function(fit) {
  obj(time = arr(fit$time), n_risk = arr(fit$n.risk), n_event = arr(fit$n.event),
      n_censor = arr(fit$n.censor), surv = arr(fit$surv), std_err = arr(fit$std.err),
      lower = arr(fit$lower), upper = arr(fit$upper))
}

# summary(fit, times = ...) reports std.err on the survival scale, not the log scale.
kmSummary <- function(fit, times) {
  s <- summary(fit, times = times)
  obj(times = arr(s$time), n_risk = arr(s$n.risk), n_event = arr(s$n.event),
      n_censor = arr(s$n.censor), surv = arr(s$surv), std_err = arr(s$std.err),
      lower = arr(s$lower), upper = arr(s$upper))
}

logrank <- function(time, event, group, levels) {
  g <- factor(group, levels = levels)
  d <- survdiff(Surv(time, event) ~ g)
  obj(groups = paste0("[", paste(str(levels), collapse = ", "), "]"),
      n = arr(as.numeric(d$n)), observed = arr(d$obs), expected = arr(d$exp),
      variance = num(d$var[1, 1]), chisq = num(d$chisq), df = num(1),
      p = num(pchisq(d$chisq, 1, lower.tail = FALSE)))
}

# Univariable Cox, ties = "efron" (coxph's default), iter.max 20, eps 1e-9 (coxph.control defaults).
cox <- function(name, coding, time, event, x) {
  keep <- complete.cases(time, event, x)
  fit <- coxph(Surv(time[keep], event[keep]) ~ x[keep], ties = "efron")
  s <- summary(fit)
  co <- s$coefficients
  ci <- s$conf.int
  obj(covariate = str(name), coding = str(coding), n = num(fit$n), nevent = num(fit$nevent),
      coef = num(co[1, "coef"]), hr = num(co[1, "exp(coef)"]), se = num(co[1, "se(coef)"]),
      lower = num(ci[1, "lower .95"]), upper = num(ci[1, "upper .95"]),
      z = num(co[1, "z"]), p = num(co[1, "Pr(>|z|)"]),
      loglik_null = num(fit$loglik[1]), loglik = num(fit$loglik[2]),
      iterations = num(fit$iter))
}

inputColumns <- function(data, columns) {
  cols <- sapply(columns, function(column) {
    x <- data[[column]]
    paste0(str(column), ": ", if (is.character(x)) paste0("[", paste(str(x), collapse = ", "), "]") else arr(x))
  })
  paste0("{", paste(cols, collapse = ", "), "}")
}

endpoint <- function(name, input, time, event, riskTimes, group, groupLevels, coxes) {
  fit <- survfit(Surv(time, event) ~ 1, conf.type = "log-log", conf.int = 0.95)
  followUp <- survfit(Surv(time, 1 - event) ~ 1, conf.type = "log-log", conf.int = 0.95)
  paste0("{\n  ",
         paste(c(paste0("\"dataset\": ", str(name)),
                 paste0("\"r_survival_version\": ", str(as.character(packageVersion("survival")))),
                 paste0("\"input\": ", input),
                 paste0("\"km\": ", kmTable(fit)),
                 paste0("\"median\": ", printedMedian(fit)),
                 paste0("\"summary\": ", kmSummary(fit, riskTimes)),
                 paste0("\"median_follow_up\": ", printedMedian(followUp)),
                 paste0("\"logrank\": ", logrank(time, event, group, groupLevels)),
                 paste0("\"cox\": ", objList(coxes))),
               collapse = ",\n  "),
         "\n}\n")
}

pbc <- read.csv("resources/demo/pbc.csv")
pbcDeath <- as.integer(pbc$status == 2)   # 1 = transplant, treated as censored
writeLines(endpoint("pbc", inputColumns(pbc, c("time", "status", "sex", "age", "bili")), pbc$time, pbcDeath, c(365, 730, 1825), pbc$sex, c("f", "m"),
                    list(cox("age", "numeric", pbc$time, pbcDeath, pbc$age),
                         cox("bili", "numeric", pbc$time, pbcDeath, pbc$bili),
                         cox("sex", "m=1", pbc$time, pbcDeath, as.integer(pbc$sex == "m")))),
           "tests/golden/survival_pbc.json")

lung <- read.csv("tests/data/lung.csv")
lungDeath <- as.integer(lung$status == 2)
writeLines(endpoint("lung", inputColumns(lung, c("time", "status", "sex", "age", "ph.ecog")), lung$time, lungDeath, c(180, 365, 730), lung$sex, c(1, 2),
                    list(cox("age", "numeric", lung$time, lungDeath, lung$age),
                         cox("sex", "2=1", lung$time, lungDeath, as.integer(lung$sex == 2)),
                         cox("ph.ecog", "numeric, complete cases", lung$time, lungDeath, lung$ph.ecog))),
           "tests/golden/survival_lung.json")

# Small cases for R's special rules: S exactly 0.5 over an interval (the median is the
# midpoint to the next drop), S at 0.5 to the end (the median is the first such time),
# everybody dying at the last time (S = 0: infinite std.err, no CI), censoring before the
# first event (S = 1: no log-log CI).
small <- list(
  list(name = "half_then_drop", time = c(1, 2, 3, 4, 5, 6), event = c(1, 1, 1, 0, 1, 0)),
  list(name = "half_to_end", time = c(1, 2, 3, 4), event = c(1, 1, 0, 0)),
  list(name = "all_die_last", time = c(1, 2, 2, 3, 4, 5), event = c(0, 1, 0, 1, 1, 1)),
  list(name = "tied_events", time = c(2, 2, 2, 3, 5, 5, 7, 8, 8, 9), event = c(1, 1, 0, 1, 1, 1, 0, 1, 0, 1)))
cases <- sapply(small, function(s) {
  fit <- survfit(Surv(s$time, s$event) ~ 1, conf.type = "log-log", conf.int = 0.95)
  obj(name = str(s$name), time_in = arr(s$time), event_in = arr(s$event),
      km = kmTable(fit), median = printedMedian(fit))
})
writeLines(paste0("{\n  \"r_survival_version\": ", str(as.character(packageVersion("survival"))),
                  ",\n  \"cases\": ", objList(cases), "\n}\n"),
           "tests/golden/survival_small.json")
