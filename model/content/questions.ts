import type { AreaId, Question, QuestionRef, SeniorityQuestion } from '../types'
import { questionRefs } from './items'

type Labels = [string, string, string, string, string]

/** Five labels as options valued 0..4. */
const optionsOf = (labels: Labels) => labels.map((label, value) => ({ value: value as 0 | 1 | 2 | 3 | 4, label }))

/** The words of a question; its id is the sub-skill id, or `${subSkill}-${suffix}` for a second one. */
const q = (subSkill: string, _area: AreaId, prompt: string, labels: Labels, hint?: string, suffix?: string) => ({
  id: suffix ? `${subSkill}-${suffix}` : subSkill,
  prompt,
  options: optionsOf(labels),
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
      'A regression, taking the library’s output as given.',
      'A regression whose assumptions I checked myself.',
      'A model for structure a regression misses.',
      'An estimator I derived for the problem.',
    ],
    'Structure a regression misses: groups (hierarchical models), time (time-series models), prior knowledge (Bayesian models). Deriving: a custom likelihood or estimator.',
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
      'Designed metrics that catch what the main one hides.',
    ],
    'Catching what a main metric hides: counter-metrics (guardrails) for harm it misses, such as faster sessions that come from users giving up.',
  ),
  q(
    'stats-exploration',
    'stats',
    'What is the subtlest problem you have found in data?',
    [
      'I have not explored raw data.',
      'Only errors anyone would spot.',
      'A quality problem, such as duplicated rows.',
      'A bias from how the data was collected.',
      'A trap that standard checks miss.',
    ],
    'Quality problems: missing values, outliers, rows duplicated by a join. Collection bias: selection, survivorship. Traps: leakage, Simpson’s paradox.',
  ),
  q('stats-math', 'stats', 'How deep have you gone into the maths behind your methods?', [
    'I use methods without their maths.',
    'I can follow a derivation someone explains.',
    'I have derived a gradient or likelihood myself.',
    'I adapt published derivations to new problems.',
    'I have proved new results about a method.',
  ]),
  q(
    'stats-modelling',
    'stats',
    'How do you report the uncertainty of an estimate?',
    [
      'I report the number alone.',
      'I pass on the range my tool gives.',
      'I compute confidence intervals myself.',
      'I choose the interval method to suit the data.',
      'I check by simulation that my intervals hold.',
    ],
    'Interval methods: analytic, bootstrap or Bayesian. Checking by simulation that 95 % intervals cover the truth 95 % of the time matters for awkward data.',
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
      'One that copes with awkward data.',
    ],
    'Predictive models: regression, decision trees, gradient boosting. A baseline: a simple rule any model must beat. Awkward data: tiny, imbalanced or shifting.',
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
      'I have fixed failing training by reading its gradients.',
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
      'By metrics chosen for the problem.',
      'I have found a flaw in an evaluation.',
      'I have validated a new metric against human judgement.',
    ],
    'Chosen metrics: precision and recall, calibration, ranking measures, on held-out data. Flaws: leakage, or offline scores that differ live.',
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
      'I have compared papers’ methods on equal terms.',
    ],
    'Reproduced: matched the paper’s numbers, or found out why they differ. Equal terms: the same data, seeds and tuning budget for every method.',
  ),
  q('ml-novel', 'ml', 'Have you done original machine learning research?', [
    'No.',
    'I have tried a variation of a known method.',
    'I have tested my own idea against strong baselines.',
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
      'I compare several kinds of model by cross-validation.',
      'I choose models to fit the problem’s constraints.',
      'I change the algorithm when standard ones fall short.',
    ],
    'Constraints: data size, interpretability, latency, cost. Changing the algorithm: custom losses, constraints or training procedures.',
    'choice',
  ),
  q('swe-production', 'swe', 'Who uses the code you write?', [
    'Only me: scripts and notebooks.',
    'Others, from a shared repository.',
    'Users of a product in production.',
    'Other developers, through an interface I designed.',
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
      'I have designed one to stay up when demand spikes.',
    ],
    'Keeping it running: on call, timeouts, retries, incident fixes. Staying up: capacity planning, reliability targets, graceful degradation.',
  ),
  q(
    'swe-performance',
    'swe',
    'How have you made code faster or leaner?',
    [
      'I have not needed to.',
      'I choose suitable data structures.',
      'I have found slow code with a profiler.',
      'I have made code measurably faster.',
      'I have optimised how code uses the processor’s caches.',
    ],
    'Measurably faster: vectorising, caching, concurrency, fewer allocations, timed with benchmarks before and after. Caches: memory layout and access patterns that suit them.',
  ),
  q(
    'swe-architecture',
    'swe',
    'What kind of system have you designed?',
    [
      'None yet.',
      'I can explain an existing system’s parts.',
      'A small system of a few parts.',
      'One that keeps working when parts fail.',
      'One planned for both failures and growth.',
    ],
    'Failures and growth: redundancy, partitioning, consistency, cost, and how the design holds as load and the number of people working on it grow.',
  ),
  q(
    'swe-hardware',
    'swe',
    'How close to the hardware have you worked?',
    [
      'Never below a high-level language.',
      'I know which work suits a GPU.',
      'I have fixed a GPU bottleneck found by profiling.',
      'I have written low-level code that beat a library.',
      'I have tuned code close to the hardware’s peak.',
    ],
    'Low-level code: CUDA, Triton or OpenCL kernels, code for other ML chips, a compiler pass. The peak: memory bandwidth and compute limits.',
  ),
  q(
    'swe-production',
    'swe',
    'How do you test your code?',
    [
      'I run it by hand.',
      'I write a few tests for tricky parts.',
      'Unit tests that run on every change.',
      'Tests at several levels, up to end to end.',
      'Tests that hunt for bugs ordinary tests miss.',
    ],
    'Several levels: unit, integration and end-to-end tests. Hunting for bugs: property-based tests, fuzzing, failure injection.',
    'tests',
  ),
  q(
    'infra-data',
    'infra',
    'What data pipelines have you built?',
    [
      'None: I use prepared data.',
      'Scheduled scripts that move data.',
      'Pipelines that check the data they move.',
      'Ones that cope with late or changed data.',
      'Ones that never lose or repeat a record.',
    ],
    'Pipelines: Airflow, Dagster, dbt. Late or changed data: backfills, late records, new columns. Never lose or repeat: batch or streaming, even when parts fail.',
  ),
  q(
    'infra-mlpipelines',
    'infra',
    'What have you done to make model training repeatable?',
    [
      'I train by hand, or not at all.',
      'I log my experiments.',
      'I have made my training a pipeline anyone can re-run.',
      'I have set up automatic checks before a model’s release.',
      'I have made models traceable to their data and code.',
    ],
    'A pipeline: data, features, training and evaluation as one re-runnable job. Checks before release: a comparison with the current model, often through a model registry.',
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
      'One I re-engineered to serve faster or cheaper.',
    ],
    'Used by a product: behind an API or as a batch job. Faster or cheaper: batching requests, smaller number formats (quantising), caching.',
  ),
  q(
    'infra-monitoring',
    'infra',
    'How have you kept a system healthy in production?',
    [
      'I have not monitored one.',
      'I read dashboards or logs when asked.',
      'I have set up alerts.',
      'I have caught a failure that raised no error.',
      'I have designed checks for failures that raise no error.',
    ],
    'Failures that raise no error: nothing crashes, but data drifts, a model’s quality drops or bad data flows in.',
  ),
  q(
    'infra-distributed',
    'infra',
    'Have you run work across many machines or GPUs?',
    [
      'No, not yet.',
      'I have run jobs on someone else’s cluster.',
      'I have tuned a distributed job’s speed or memory.',
      'I have made long jobs survive machine failures.',
      'I have designed parallelism for a job too big for one machine.',
    ],
    'Clusters: Spark, Ray, Dask, multi-GPU training. Surviving failures: checkpoints, retries, slow machines. Splitting work: sharding, data or model parallelism.',
  ),
  q(
    'infra-platform',
    'infra',
    'How does your code reach production?',
    [
      'I have not deployed code.',
      'By hand, or through a pipeline others set up.',
      'Through a CI/CD pipeline I can change.',
      'Through infrastructure I define as code.',
      'With automatic rollback that I set up.',
    ],
    'Infrastructure as code: containers, Kubernetes, Terraform and similar, deployed automatically once tests pass.',
  ),
  q('comm-explain', 'comm', 'Who have you explained technical results to?', [
    'Nobody yet.',
    'My own team.',
    'People outside my field, in their terms.',
    'Decision makers weighing a choice.',
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
  q(
    'comm-product',
    'comm',
    'What is the largest piece of work you have planned?',
    [
      'Nothing yet.',
      'My own tasks.',
      'A feature, agreed with those who built it.',
      'A project’s milestones over several months.',
      'Several projects that depend on each other.',
    ],
    'Planning: deciding what gets built, in what order and by when. Work outside a job counts: open source, volunteer or community projects.',
  ),
  q('comm-vision', 'comm', 'How have you shaped what a project should achieve?', [
    'Others set the goals of my work.',
    'I can explain the goals behind my work.',
    'I proposed a goal that was adopted.',
    'I have defined what success means for a project.',
    'I revised a long-term goal as evidence came in.',
  ]),
  q(
    'comm-teach',
    'comm',
    'How have you taught others about technology?',
    [
      'Not yet.',
      'I have helped a colleague learn a tool.',
      'I have taught a group at once.',
      'I have taught strangers, more than once.',
      'I have designed a whole course.',
    ],
    'A group: a talk, a workshop, a class. Strangers: people outside your workplace, at meetups, conferences or online. A whole course: many lessons, in order.',
  ),
  q(
    'comm-clients',
    'comm',
    'How have you turned others’ requests into work?',
    [
      'I have not had to.',
      'I have gathered requirements for a task.',
      'I have agreed a solution’s scope with those asking.',
      'I have laid out options with their trade-offs.',
      'I routinely find the real need behind requests.',
    ],
    'Those asking: a customer, another team, a colleague. Trade-offs: cost, accuracy, time and risk. The real need: often not what was first asked for.',
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
  options: optionsOf([
    'Nobody’s yet.',
    'I have helped a newcomer find their feet.',
    'I have mentored one person for months.',
    'I have mentored several people at once.',
    'I have taught others how to mentor.',
  ]),
  hint: 'At work, in a lab, in a community or in open source. Mentoring: regular help with someone’s work or growth over weeks or months.',
}

/** Ids that have words but no place in the quiz (must be none). */
export const unusedWords = (): string[] => words.map((w) => w.id).filter((id) => !questionRefs.some((r) => r.id === id))
