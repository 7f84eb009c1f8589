import type { AreaId, Question, QuestionRef } from '../types'
import { questionRefs } from './items'

type Labels = [string, string, string, string, string]

/** The words of a question; its id is the sub-skill id, or `${subSkill}-${suffix}` for a second one. */
const q = (subSkill: string, _area: AreaId, prompt: string, labels: Labels, suffix?: string) => ({
  id: suffix ? `${subSkill}-${suffix}` : subSkill,
  prompt,
  options: labels.map((label, value) => ({ value: value as 0 | 1 | 2 | 3 | 4, label })),
})

/**
 * Rules every option follows (issue #11): one behaviour per option, levels rising along one
 * dimension of the same skill, things a person has done rather than titles held, and no
 * option that is one role's job description. Level 2 is doing the thing yourself on real
 * work; level 3 doing it to a high standard under real constraints; level 4 is expert depth.
 * Three sub-skills have a second question from another angle; disagreement between the two
 * is one of the consistency signals.
 */
const words = [
  q('stats-experiments', 'stats', 'Have you measured the effect of a change with an experiment?', [
    'No: I have not analysed an experiment.',
    'I have read an A/B test’s results and understood what its significance meant.',
    'I have analysed an A/B test myself and reported the effect with a confidence interval.',
    'I have designed an experiment: chosen its metric and sample size and planned the analysis before it ran.',
    'I have estimated causal effects where randomising was impossible (difference-in-differences, instruments, synthetic controls).',
  ]),
  q('stats-modelling', 'stats', 'What is the most demanding statistical model you have fitted yourself?', [
    'None: I have worked with averages, counts and charts.',
    'A linear or logistic regression from a library, reading its coefficients.',
    'Several candidate models compared with diagnostics such as residuals or information criteria.',
    'A hierarchical, Bayesian or time-series model whose assumptions I checked.',
    'A custom likelihood or estimator I derived because no standard model fitted the problem.',
  ]),
  q('stats-metrics', 'stats', 'How have you turned data into metrics that people track?', [
    'I have not built reports or metrics.',
    'I have written queries that answer one-off questions.',
    'I have built a dashboard on metrics I defined, and people use it.',
    'I have found a metric that misled decisions and replaced its definition.',
    'I have designed a set of metrics with their data checks and guardrails, and decisions rest on it.',
  ]),
  q('stats-exploration', 'stats', 'What is the hardest raw data you have explored yourself?', [
    'I have not explored a raw data set myself.',
    'A clean file, summarised with tables and charts.',
    'A messy data set whose missing values, outliers and duplicating joins I found before using it.',
    'Large, messy data in which I found a pattern that changed a decision.',
    'Data from many sources whose misleading result I traced to a trap such as leakage, selection bias or Simpson’s paradox.',
  ]),
  q('stats-math', 'stats', 'How far have you gone into the mathematics behind the methods you use?', [
    'I use the tools without the maths underneath.',
    'I can follow a standard derivation, such as a gradient or a likelihood, when someone walks me through it.',
    'I have derived a gradient or a likelihood myself to understand or debug a method.',
    'I work through the derivations in papers and adapt them to new problems.',
    'I have proved new results or designed new objectives with guarantees.',
  ]),
  q(
    'stats-modelling',
    'stats',
    'How do you report the uncertainty of a number you have estimated?',
    [
      'I report the number on its own.',
      'I pass on a range when my tool gives me one.',
      'I compute standard errors or confidence intervals and explain what they mean.',
      'I choose between analytic, bootstrap and Bayesian intervals to suit the data.',
      'I have derived intervals for non-standard data (dependence, many comparisons) and checked their coverage by simulation.',
    ],
    'uncertainty',
  ),
  q('ml-classical', 'ml', 'What have you built with classical machine learning (regression, trees, boosting)?', [
    'I have not trained a model.',
    'A model on a prepared data set, following a tutorial or a course.',
    'Models on real data with my own features and cross-validation, compared with a simple baseline.',
    'A model that a product or business process uses, improved by studying its errors.',
    'Models for hard cases, such as extreme imbalance, tiny data or shifting distributions, with methods chosen for each.',
  ]),
  q('ml-deep', 'ml', 'How much deep learning have you done?', [
    'I have not trained a neural network.',
    'I have used a pretrained model or a model API without training it.',
    'I have fine-tuned a pretrained network on my own data.',
    'I have designed and trained a network for a real problem and fixed training that diverged or overfitted.',
    'I have made hard training work by reading gradients and activations, in custom architectures or losses.',
  ]),
  q('ml-evaluation', 'ml', 'How have you judged whether a model is good enough?', [
    'I have not evaluated a model.',
    'I have reported accuracy, or one similar number, on a test set.',
    'I choose metrics that suit the problem (precision and recall, calibration, ranking) and keep a clean held-out set.',
    'I have found leakage or a gap between offline and live results, and fixed the evaluation.',
    'I have built evaluations for problems without a ready metric (generated text, rankings) and shown they agree with human judgement or live outcomes.',
  ]),
  q('ml-papers', 'ml', 'What do you do with machine learning papers?', [
    'I do not read them.',
    'I read summaries or posts about new methods.',
    'I read papers and have used an idea from one in my work.',
    'I have reimplemented a paper from its text and matched its results, or found out why they differ.',
    'I have reproduced several papers and compared their methods fairly, with ablations across seeds and settings.',
  ]),
  q('ml-novel', 'ml', 'Have you done original machine learning research?', [
    'No: I have not done research of my own.',
    'I have tried a variation of a known method to see whether it helped.',
    'I have run a research project with a hypothesis, ablations and a written report.',
    'I am first author of a peer-reviewed machine learning paper, or of research of that standard.',
    'I have several first-author papers, and other researchers build on my ideas.',
  ]),
  q(
    'ml-classical',
    'ml',
    'How do you choose a model and its settings?',
    [
      'I have not had to choose one.',
      'I use a library’s default model and settings.',
      'I compare several model families with cross-validation and tune their hyperparameters.',
      'I choose models to fit the problem’s constraints (data size, interpretability, latency) and can justify the choice.',
      'I change the algorithm itself, with custom losses or constraints, when standard models fall short.',
    ],
    'choice',
  ),
  q('swe-production', 'swe', 'What is the code you write used for?', [
    'Scripts and notebooks that only I run.',
    'Code that other people use, kept in version control.',
    'Reviewed code that runs in production.',
    'Modules and interfaces in a large codebase, designed so that others can change it safely.',
    'Libraries or frameworks that many other projects depend on, with their own versioning and documentation.',
  ]),
  q('swe-services', 'swe', 'Have you built services or APIs?', [
    'I have not built a service.',
    'I have called web APIs from my own code.',
    'I have built and deployed an API that other people or programs call.',
    'I have run a service in production on call, handling timeouts, retries and incidents.',
    'I have designed services for heavy traffic, with capacity plans and reliability targets.',
  ]),
  q('swe-performance', 'swe', 'When have you had to make code faster or leaner?', [
    'I have not needed to.',
    'I pick suitable data structures, such as a hash map for look-ups.',
    'I have profiled slow code and fixed it with a better algorithm or data structure.',
    'I have tuned a hot path for latency or memory (vectorising, caching, concurrency) and measured the gain.',
    'I have optimised code down to memory layout, cache behaviour and parallelism, proven by benchmarks.',
  ]),
  q('swe-architecture', 'swe', 'What is the largest system you have designed?', [
    'I have not designed a system of several parts.',
    'I can explain how the parts of an existing system fit together.',
    'A small system of a few components, with its design written down.',
    'A system that survives failures of its parts, designed by weighing cost, latency and reliability.',
    'A system of many parts built by several teams, whose designs I review as they join it.',
  ]),
  q('swe-hardware', 'swe', 'How close to the hardware have you worked?', [
    'Never below a high-level language.',
    'I know how a GPU differs from a CPU and which work suits each.',
    'I have profiled code on a GPU or accelerator and fixed a bottleneck, such as memory transfers.',
    'I have written custom kernels or compiler passes (CUDA, Triton, XLA) that beat a library.',
    'I have designed parts of ML hardware or its compiler stack: chips, FPGAs, or the runtime of a new accelerator.',
  ]),
  q(
    'swe-production',
    'swe',
    'How do you test your code?',
    [
      'I check it by running it by hand.',
      'I write a few tests for the trickiest parts.',
      'I write unit tests with the code, and they run automatically on every change.',
      'I test at several levels (unit, integration, end to end) and fix flaky tests at their cause.',
      'I also use property-based tests, fuzzing or failure injection to find the bugs ordinary tests miss.',
    ],
    'tests',
  ),
  q('infra-data', 'infra', 'Have you built data pipelines or storage that others use?', [
    'I use tables or files that other people prepare.',
    'I have written scheduled queries or scripts that move data.',
    'I have built pipelines with an orchestrator (such as Airflow or dbt) and data-quality checks.',
    'I have designed warehouse or lake tables and pipelines that handle backfills, late data and schema changes.',
    'I have built data systems for very large or streaming data, handling partitioning, exactly-once delivery and cost.',
  ]),
  q('infra-mlpipelines', 'infra', 'How repeatable is the way models get trained in your work?', [
    'I do not train models, or I run a notebook by hand.',
    'I log experiments or version model files so that I can find them again.',
    'Training is a pipeline (data, features, training, evaluation) that anyone on the team can re-run.',
    'Retraining runs on a schedule or a trigger, and models go through a registry with checks before release.',
    'I have built training infrastructure that many models share, with lineage and automatic release checks.',
  ]),
  q('infra-serving', 'infra', 'Have you put models into production?', [
    'I have not deployed a model.',
    'I have run a model as a demo or prototype app that other people tried.',
    'I have deployed a model behind an API, or as a batch job, that a product uses.',
    'I have served models under latency or cost targets, with safe roll-outs such as canary or shadow releases.',
    'I have built serving infrastructure that many models run on, with autoscaling, batching and quantisation.',
  ]),
  q('infra-monitoring', 'infra', 'How have you kept models or services healthy in production?', [
    'I have not monitored a production system.',
    'I have looked at a production system’s dashboards or logs when asked.',
    'I have set up alerts on a service or on a model’s predictions and acted when they fired.',
    'I have caught a silent failure in production (data drift, a drop in a model’s quality, or bad data) and fixed it.',
    'I have designed monitoring for many services or models: alerts, data and quality checks, each with an owner.',
  ]),
  q('infra-distributed', 'infra', 'Have you run computation across many machines or GPUs?', [
    'No: everything I run fits on one machine.',
    'I have run jobs on a cluster someone else set up, such as Spark or a GPU cluster.',
    'I have tuned distributed jobs myself: partitioning, batch size, memory per worker.',
    'I have run multi-node training or processing and handled failures, checkpoints and stragglers.',
    'I have built distributed training or processing for very large models or data (sharding, parallelism strategies, scheduling).',
  ]),
  q('infra-platform', 'infra', 'How automated is the way your code reaches production?', [
    'I have not deployed code myself.',
    'I deploy by hand, from a console or a script.',
    'My changes reach production through a CI/CD pipeline that tests them, and I can change that pipeline.',
    'I define the infrastructure as code too (containers, Kubernetes or Terraform), deployed automatically once tests pass.',
    'I have built the deployment platform that other teams ship through, with automatic roll-out and rollback.',
  ]),
  q('comm-explain', 'comm', 'How have you explained technical results to people outside your field?', [
    'I have not presented results to non-specialists.',
    'I have shared results with my own team.',
    'I have presented results to stakeholders and answered their questions in their own terms.',
    'I have explained a model’s or analysis’s uncertainty and limits so clearly that a decision changed.',
    'I explain complex results to any audience, from executives to the public, in writing and in talks.',
  ]),
  q('comm-domain', 'comm', 'How well do you know the field your data or models serve (finance, health, retail, …)?', [
    'I work on the data without knowing its field.',
    'I know the basics of the field I work in.',
    'I know it well enough to spot a result that cannot be right.',
    'I have years of practice in the field, and its specialists treat me as a peer.',
    'I am a recognised expert in the field, by qualification, publications or long practice.',
  ]),
  q('comm-product', 'comm', 'How have you planned what gets built and when?', [
    'I have not written requirements or plans.',
    'I write tickets or stories for my own work.',
    'I have written the requirements of a feature and agreed its scope with the engineers.',
    'I have planned a project’s milestones and kept it on schedule by trading scope against time.',
    'I have planned several projects at once, balancing people, dependencies and risks across teams.',
  ]),
  q('comm-vision', 'comm', 'Have you set the goals of a product or a project?', [
    'No: the goals I work to are set by others.',
    'I understand the goals behind my work and can explain them.',
    'I have proposed what a project should achieve, and the proposal was adopted.',
    'I have written a product’s vision: who it serves, what success means and what it will not do.',
    'I have set a product strategy across several teams for a year or more, and revised it as evidence came in.',
  ]),
  q('comm-teach', 'comm', 'Have you taught or written about technology for others?', [
    'I have not taught or written for an audience.',
    'I have written internal documentation or helped a colleague learn a tool.',
    'I have written a tutorial or a blog post, or given a talk, at work or on my own research.',
    'I have taught a technology to outside developers: workshops, tutorials at meetups or conferences, or docs and examples many of them use.',
    'I have built learning material or a community around a technology that thousands of people use.',
  ]),
  q('comm-clients', 'comm', 'How have you worked with clients or other teams on what to build?', [
    'Only inside my own team.',
    'I have gathered requirements from another team for a task.',
    'I have scoped a data or ML solution together with an internal or external client.',
    'I have designed solutions for several clients with different constraints and explained the trade-offs to them.',
    'I have advised many teams or organisations on which ML systems to build, across several kinds of problem (vision, language, recommendation).',
  ]),
]

const byId = new Map(words.map((w) => [w.id, w]))

/** A question with its words; the content tests check that every question has words and no words are left over. */
const withWords = (ref: QuestionRef): Question => {
  const w = byId.get(ref.id)
  if (!w) throw new Error(`question ${ref.id} has no words`)
  return { ...ref, prompt: w.prompt, options: w.options }
}

/** Every question in quiz order, with its prompt and five options. */
export const questions: Question[] = questionRefs.map(withWords)

/** Ids that have words but no place in the quiz (must be none). */
export const unusedWords = (): string[] => words.map((w) => w.id).filter((id) => !questionRefs.some((r) => r.id === id))
