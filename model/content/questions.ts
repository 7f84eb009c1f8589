import type { AreaId, Question, QuestionRef, SeniorityQuestion } from '../types'
import { questionRefs } from './items'

type Labels = [string, string, string, string, string]

/** The words of a question; its id is the sub-skill id, or `${subSkill}-${suffix}` for a second one. */
const q = (subSkill: string, _area: AreaId, prompt: string, labels: Labels, hint?: string, suffix?: string) => ({
  id: suffix ? `${subSkill}-${suffix}` : subSkill,
  prompt,
  options: labels.map((label, value) => ({ value: value as 0 | 1 | 2 | 3 | 4, label })),
  ...(hint ? { hint } : {}),
})

/**
 * Version 3 (issue #18): at most 12 words a prompt or an option, examples moved to a hint shown
 * on demand. One rule set for every ladder: the five options rise along one dimension of the
 * same skill; each option is one behaviour a person who did only that can pick; the top rungs
 * are reachable by a strong person without a title, a large employer or a scope that belongs
 * to the employer; no option restates one role's job. Levels keep their meaning: 1 met it or
 * used it with guidance, 2 done it yourself on real work, 3 done it well under real
 * constraints, 4 expert depth. Three sub-skills have a second question from another angle;
 * disagreement between the two is one of the consistency signals.
 */
const words = [
  q(
    'stats-experiments',
    'stats',
    'Have you measured the effect of a change?',
    [
      'Not yet.',
      'I have read A/B test results.',
      'I have analysed an A/B test myself.',
      'I have designed an experiment, sample size included.',
      'I have estimated causal effects without randomising.',
    ],
    'Without randomising: difference-in-differences, instrumental variables, synthetic controls or regression discontinuity.',
  ),
  q(
    'stats-modelling',
    'stats',
    'What is the most advanced statistical model you have fitted?',
    [
      'None yet.',
      'A regression, read as the library printed it.',
      'A regression whose assumptions I checked myself.',
      'A hierarchical, Bayesian or time-series model.',
      'An estimator I derived for the problem.',
    ],
    'Checking assumptions: residual plots, goodness of fit, information criteria. Deriving: a custom likelihood or estimator when no standard model fits.',
  ),
  q(
    'stats-metrics',
    'stats',
    'What have you done with metrics people track?',
    [
      'Nothing yet.',
      'Answered one-off questions with queries.',
      'Defined a metric that others track.',
      'Replaced a metric that misled people.',
      'Designed a set of metrics with guardrails.',
    ],
    'Guardrails: counter-metrics that catch harm a main metric hides, and checks that the data behind each metric is right.',
  ),
  q(
    'stats-exploration',
    'stats',
    'What is the subtlest problem you have found in data?',
    [
      'I have not explored raw data.',
      'None: my data was clean.',
      'Missing values, outliers or duplicating joins.',
      'A bias from how the data was collected.',
      'A trap like leakage or Simpson’s paradox.',
    ],
    'Collection bias: selection, survivorship, a changed logging rule. Simpson’s paradox: a trend that reverses once the data is split into groups.',
  ),
  q('stats-math', 'stats', 'How deep have you gone into the maths behind your methods?', [
    'I use methods without their maths.',
    'I can follow a derivation someone explains.',
    'I have derived a gradient or likelihood myself.',
    'I adapt papers’ derivations to new problems.',
    'I have proved new results about a method.',
  ]),
  q(
    'stats-modelling',
    'stats',
    'How do you report the uncertainty of an estimate?',
    [
      'I report the number alone.',
      'I pass on the range my tool gives.',
      'I compute confidence intervals and explain them.',
      'I choose the interval method to suit the data.',
      'I check intervals’ coverage by simulation.',
    ],
    'Interval methods: analytic, bootstrap or Bayesian. Coverage checks matter for awkward data: dependence, many comparisons, small samples.',
    'uncertainty',
  ),
  q(
    'ml-classical',
    'ml',
    'What predictive models have you built yourself?',
    [
      'None yet.',
      'One from a course or a tutorial.',
      'One on real data that beat a baseline.',
      'One I improved by studying its errors.',
      'Ones for tiny, imbalanced or shifting data.',
    ],
    'Predictive models: regression, decision trees, gradient boosting and similar. A baseline: a simple rule or model any new one must beat.',
  ),
  q(
    'ml-deep',
    'ml',
    'How much deep learning have you done?',
    [
      'None yet.',
      'I have used a pretrained model as is.',
      'I have fine-tuned a pretrained network.',
      'I have trained a network I designed.',
      'I have fixed failing training from its gradients.',
    ],
    'Fixing failing training: reading gradients, activations and losses to make diverging or unstable training work, often with custom layers or losses.',
  ),
  q(
    'ml-evaluation',
    'ml',
    'How have you judged whether a model is good enough?',
    [
      'I have not evaluated one.',
      'By one number, such as accuracy.',
      'By metrics chosen for the problem, on held-out data.',
      'I have found and fixed a flawed evaluation.',
      'I have validated a new metric against human judgement.',
    ],
    'Chosen metrics: precision and recall, calibration, ranking measures. Flawed: leakage, or offline scores that differ live. New metrics: for generated text or rankings.',
  ),
  q(
    'ml-papers',
    'ml',
    'What have you done with machine learning papers?',
    [
      'I do not read them.',
      'I read summaries of new methods.',
      'I have used a paper’s idea in my work.',
      'I have reproduced a paper’s results.',
      'I have compared papers’ methods with fair ablations.',
    ],
    'Reproduced: matched the paper’s numbers, or found out why they differ. Fair ablations: the same data, seeds and tuning budget for every method.',
  ),
  q('ml-novel', 'ml', 'Have you done original machine learning research?', [
    'No.',
    'I have tried a variation of a known method.',
    'I have tested a new idea with ablations.',
    'I have written up findings to publication standard.',
    'I have published several new methods.',
  ]),
  q(
    'ml-classical',
    'ml',
    'How do you choose a model and its settings?',
    [
      'I have not had to.',
      'I use a library’s defaults.',
      'I tune several model families by cross-validation.',
      'I choose models to fit the problem’s constraints.',
      'I change the algorithm when standard ones fall short.',
    ],
    'Constraints: data size, interpretability, latency, cost. Changing the algorithm: custom losses, constraints or training procedures.',
    'choice',
  ),
  q('swe-production', 'swe', 'Who uses the code you write?', [
    'Only me: scripts and notebooks.',
    'Others, from a shared repository.',
    'Users, in production, after code review.',
    'Other developers, through interfaces I designed.',
    'Many projects, through a library I maintain.',
  ]),
  q(
    'swe-services',
    'swe',
    'What have you done with services or APIs?',
    [
      'Nothing yet.',
      'I have called APIs from my code.',
      'I have built an API that others call.',
      'I have kept one running through production incidents.',
      'I have designed one for heavy, growing load.',
    ],
    'Keeping it running: on call, timeouts, retries, incident fixes. Heavy load: capacity planning, reliability targets, graceful degradation.',
  ),
  q(
    'swe-performance',
    'swe',
    'How have you made code faster or leaner?',
    [
      'I have not needed to.',
      'I choose suitable data structures.',
      'I have profiled slow code and fixed it.',
      'I have tuned a hot path and measured the gain.',
      'I have optimised memory layout and cache use.',
    ],
    'Tuning a hot path: vectorising, caching, concurrency, fewer allocations, checked with benchmarks before and after.',
  ),
  q(
    'swe-architecture',
    'swe',
    'What is the largest system you have designed?',
    [
      'None yet.',
      'I can explain an existing system’s parts.',
      'A small system of a few parts.',
      'One that keeps working when parts fail.',
      'A large one, planned for failure and growth.',
    ],
    'A large one: partitioning, consistency, failure modes, cost, and how the design changes as load and the number of people on it grow.',
  ),
  q(
    'swe-hardware',
    'swe',
    'How close to the hardware have you worked?',
    [
      'Never below a high-level language.',
      'I know which work suits a GPU.',
      'I have fixed a GPU bottleneck found by profiling.',
      'I have written kernels that beat a library.',
      'I have tuned code to a chip’s limits.',
    ],
    'Kernels: CUDA, Triton, OpenCL, or a compiler pass. A chip’s limits: memory bandwidth and compute peaks, found with low-level profilers.',
  ),
  q(
    'swe-production',
    'swe',
    'How do you test your code?',
    [
      'I run it by hand.',
      'I write a few tests for tricky parts.',
      'Unit tests that run on every change.',
      'Tests at several levels; flaky ones fixed at source.',
      'Fuzzing, property-based tests or failure injection too.',
    ],
    'Several levels: unit, integration and end-to-end tests. Property-based testing and fuzzing generate many inputs to find bugs ordinary tests miss.',
    'tests',
  ),
  q(
    'infra-data',
    'infra',
    'What data pipelines have you built?',
    [
      'None: I use prepared data.',
      'Scheduled scripts that move data.',
      'Orchestrated pipelines with quality checks.',
      'Ones that survive backfills, late data and schema changes.',
      'Streaming or huge ones, with exactly-once delivery.',
    ],
    'Orchestrators: Airflow, Dagster, dbt and similar. Exactly-once: each record processed once even when parts of the system fail.',
  ),
  q(
    'infra-mlpipelines',
    'infra',
    'How repeatable is the way you train models?',
    [
      'I train by hand, or not at all.',
      'I log experiments and version models.',
      'Training is a pipeline anyone can re-run.',
      'Retraining is triggered, with checks before release.',
      'Every model traces back to its data and code.',
    ],
    'A pipeline: data, features, training and evaluation as one re-runnable job. Checks before release: a model registry, tests against the current model.',
  ),
  q(
    'infra-serving',
    'infra',
    'How far have you taken models into production?',
    [
      'Not yet.',
      'A demo that others tried.',
      'One that a product uses.',
      'One served within latency or cost targets.',
      'Faster serving through batching, quantising or caching.',
    ],
    'Used by a product: behind an API or as a batch job. Targets often come with safe roll-outs such as canary or shadow releases.',
  ),
  q(
    'infra-monitoring',
    'infra',
    'How have you kept a system healthy in production?',
    [
      'I have not monitored one.',
      'I read dashboards or logs when asked.',
      'I set alerts and act when they fire.',
      'I have caught a silent failure and fixed it.',
      'I have designed monitoring that catches silent failures.',
    ],
    'Silent failures: nothing crashes, but data drifts, a model’s quality drops or bad data flows in. Catching them needs data and quality checks.',
  ),
  q(
    'infra-distributed',
    'infra',
    'Have you run work across many machines or GPUs?',
    [
      'No: everything fits on one machine.',
      'I have run jobs on someone else’s cluster.',
      'I have tuned distributed jobs’ partitions or memory.',
      'I have handled node failures, checkpoints and stragglers.',
      'I have designed sharding and parallelism for huge workloads.',
    ],
    'Clusters: Spark, Ray, Dask, multi-GPU training. Parallelism: data, tensor or pipeline parallel training, and how work is scheduled.',
  ),
  q(
    'infra-platform',
    'infra',
    'How does your code reach production?',
    [
      'I have not deployed code.',
      'By hand, from a console or a script.',
      'Through a CI/CD pipeline I can change.',
      'Through infrastructure I define as code.',
      'With automatic roll-out and rollback I set up.',
    ],
    'Infrastructure as code: containers, Kubernetes, Terraform and similar, deployed automatically once tests pass.',
  ),
  q('comm-explain', 'comm', 'Who have you explained technical results to?', [
    'Nobody yet.',
    'My own team.',
    'People outside my field, in their terms.',
    'Decision makers, uncertainty and limits included.',
    'Any audience, from experts to the public.',
  ]),
  q(
    'comm-domain',
    'comm',
    'How well do you know the field your work serves?',
    [
      'I work without knowing the field.',
      'I know the field’s basics.',
      'Well enough to spot an impossible result.',
      'Its specialists treat me as a peer.',
      'I am a recognised expert in the field.',
    ],
    'The field: finance, health, retail, logistics, energy or whatever your data and models are about. Recognised: by qualification, publications or long practice.',
  ),
  q('comm-product', 'comm', 'What have you planned of what gets built?', [
    'Nothing yet.',
    'Tickets for my own work.',
    'A feature’s scope, agreed with its builders.',
    'A project’s milestones, trading scope against time.',
    'Several dependent projects at once.',
  ]),
  q('comm-vision', 'comm', 'How have you shaped what a project should achieve?', [
    'The goals I work to are set by others.',
    'I can explain the goals behind my work.',
    'I proposed a goal that was adopted.',
    'I defined success and what is out of scope.',
    'I revised a long-term goal as evidence came in.',
  ]),
  q(
    'comm-teach',
    'comm',
    'How have you taught others about technology?',
    [
      'Not yet.',
      'I have helped a colleague learn a tool.',
      'I have written a tutorial or given a talk.',
      'I have taught strangers, more than once.',
      'I have made material many learners rely on.',
    ],
    'Teaching strangers: workshops, meetup or conference tutorials, public documentation or courses, given more than once.',
  ),
  q(
    'comm-clients',
    'comm',
    'How have you worked out what others need built?',
    [
      'Only within my own team.',
      'I have gathered requirements for a task.',
      'I have scoped a solution with a client.',
      'I have laid out options and their trade-offs.',
      'I turn vague requests into solutions, time after time.',
    ],
    'A client: an external customer or another team inside your organisation. Trade-offs: cost, accuracy, time and risk of each option.',
  ),
]

const byId = new Map(words.map((w) => [w.id, w]))

/** A question with its words; the content tests check that every question has words and no words are left over. */
const withWords = (ref: QuestionRef): Question => {
  const w = byId.get(ref.id)
  if (!w) throw new Error(`question ${ref.id} has no words`)
  return { ...ref, prompt: w.prompt, options: w.options, ...(w.hint ? { hint: w.hint } : {}) }
}

/** Every question in quiz order, with its prompt, five options and, for some, a hint. */
export const questions: Question[] = questionRefs.map(withWords)

/**
 * Asked last on every path: it measures no skill, only how far the person has guided others,
 * which grows with years in a role where skills may not (model/seniority.ts).
 */
export const seniorityQuestion: SeniorityQuestion = {
  id: 'mentoring',
  prompt: 'Whose growth have you guided?',
  options: [
    'Nobody’s yet.',
    'I have helped a newcomer find their feet.',
    'I have mentored one person for months.',
    'I have mentored several people at once.',
    'I have taught others how to mentor.',
  ].map((label, value) => ({ value: value as 0 | 1 | 2 | 3 | 4, label })),
  hint: 'At work, in a lab, in a community or in open source. Mentoring: regular help with someone’s work or growth over weeks or months.',
}

/** Ids that have words but no place in the quiz (must be none). */
export const unusedWords = (): string[] => words.map((w) => w.id).filter((id) => !questionRefs.some((r) => r.id === id))
