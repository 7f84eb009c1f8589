import type { AreaId, Question } from '../types'

type Labels = [string, string, string, string, string]

/** One question per sub-skill; the question id is the sub-skill id. */
const q = (subSkill: string, area: AreaId, prompt: string, labels: Labels): Question => ({
  id: subSkill,
  subSkill,
  area,
  prompt,
  options: labels.map((label, value) => ({ value: value as 0 | 1 | 2 | 3 | 4, label })),
})

/**
 * Every option names something a person has done, so that two people with the same
 * experience pick the same level and a generous self-image has little room to inflate it.
 */
export const questions: Question[] = [
  q('stats-experiments', 'stats', 'Have you run experiments or drawn causal conclusions from data?', [
    'No: I have not run or analysed an experiment.',
    'I have read the results of an A/B test someone else ran and understood what “significant” meant there.',
    'I have analysed an A/B test from start to finish: checked the split, estimated the effect and its confidence interval.',
    'I have designed an A/B test myself, chosen its metric and sample size, and defended the decision it led to.',
    'I have used quasi-experimental methods (difference-in-differences, synthetic controls, instruments) where randomising was impossible, or set up a team’s experimentation practice.',
  ]),
  q('stats-modelling', 'stats', 'What is the most demanding statistical model you have built?', [
    'None yet: I have worked with averages, counts and trend lines.',
    'I have fitted a linear or logistic regression with a library and read its coefficients.',
    'I have compared models with diagnostics (residuals, fit criteria) and reported results with intervals, not just point estimates.',
    'I have built a hierarchical, Bayesian or time-series model for a real decision and explained its assumptions to the people relying on it.',
    'I have derived a custom likelihood or estimator for a problem no standard model fitted, and others now use it.',
  ]),
  q('stats-metrics', 'stats', 'How much have you worked with business metrics and dashboards?', [
    'I have not built reports or dashboards.',
    'I have written SQL to answer one-off questions and shared the numbers in a sheet or a message.',
    'I have built a dashboard that people open regularly, on metrics I defined.',
    'I have defined a team’s core metrics (such as retention or conversion), spotted a misleading one and changed how decisions were made.',
    'I own the metrics of a product or business unit: definitions, data checks and the regular review that leadership acts on.',
  ]),
  q('stats-exploration', 'stats', 'What have you found by exploring raw data yourself?', [
    'I have not explored a raw data set myself.',
    'I have cleaned a file and made summary tables and charts in a notebook or spreadsheet.',
    'I have profiled a messy data set (missing values, outliers, joins that duplicate rows) and found a pattern worth acting on.',
    'I have found segments or drivers in large data that changed a product or business decision.',
    'I lead open-ended investigations across many sources and teach others to avoid traps like leakage, survivorship bias or Simpson’s paradox.',
  ]),
  q('stats-math', 'stats', 'How far have you gone into the mathematics behind the methods you use?', [
    'I rely on tools and have not needed the maths underneath.',
    'I can follow the maths of a standard method, such as gradient descent or a likelihood, when someone walks me through it.',
    'I have derived gradients or written an optimiser by hand to understand or debug a method.',
    'I have worked through the derivations in papers and adapted them to a new problem.',
    'I have proved new results or designed new objectives or algorithms with guarantees that others use or cite.',
  ]),
  q('ml-classical', 'ml', 'What have you built with classical machine learning (regression, trees, boosting)?', [
    'I have not trained a machine learning model.',
    'I have followed a tutorial and trained a model on a prepared data set.',
    'I have trained models on real data with my own features and cross-validation, and compared them with a simple baseline.',
    'I have built a model that runs in a product or a business process, tuned it and explained its errors.',
    'I choose the modelling approach for many problems and coach others in features and validation.',
  ]),
  q('ml-deep', 'ml', 'How much deep learning have you done?', [
    'I have not trained a neural network.',
    'I have called a pretrained model or a language-model API from a notebook or a script.',
    'I have fine-tuned a pretrained network on my own data and followed its training curves.',
    'I have designed and trained a network for a real problem and fixed training that diverged or overfitted.',
    'I have trained large models from scratch or invented architectures, and know what makes training work at scale.',
  ]),
  q('ml-evaluation', 'ml', 'How have you judged whether a model is good enough?', [
    'I have not evaluated a model.',
    'I have reported accuracy, or one similar number, on a test set.',
    'I have chosen metrics that suit the problem (precision and recall, calibration, ranking metrics) and kept a clean held-out set.',
    'I have found leakage, bias or a gap between training and serving in a model, and fixed the evaluation so it predicted real results.',
    'I designed the evaluation that decides which models a team ships, tying offline metrics to business outcomes.',
  ]),
  q('ml-papers', 'ml', 'What do you do with machine learning papers?', [
    'I do not read them.',
    'I read summaries or posts about new methods.',
    'I read papers and have used ideas from them in my own work.',
    'I have reimplemented a paper from its text and matched its results, or found out why they could not be matched.',
    'I run large experiments, my own or designed by research scientists, and my implementations are the ones my team builds on.',
  ]),
  q('ml-novel', 'ml', 'Have you done original machine learning research?', [
    'No: I have not done research of my own.',
    'I have tried a variation of a known method to see whether it helped.',
    'I have run a research project with a hypothesis, ablations and a written report.',
    'I am first author of a paper at a peer-reviewed machine learning venue, or of research of that standard.',
    'I set research directions: several first-author papers, ideas others build on, and researchers I advise.',
  ]),
  q('swe-production', 'swe', 'What kind of code do you write and look after?', [
    'I write scripts and notebooks that only I run.',
    'I write code that other people use, kept in version control.',
    'Tested, reviewed code that runs in production, and I review other people’s code.',
    'I have shaped a codebase several people work in, including its tests and how it is released.',
    'I set engineering standards across teams (reviews, testing, reliability) and others follow them.',
  ]),
  q('swe-services', 'swe', 'Have you built and run services or APIs?', [
    'I have not built a service.',
    'I have called web APIs from my own code.',
    'I have built and deployed a web service or API that others call.',
    'I have run services in production, on call: versioning, timeouts, retries and incidents included.',
    'I have designed the service architecture of a product under heavy traffic, with its reliability targets.',
  ]),
  q('swe-performance', 'swe', 'When have you had to make code fast or lean?', [
    'I have not had to think about speed or memory.',
    'I know the common data structures and pick a hash map over a list when look-ups matter.',
    'I have profiled slow code and fixed it by changing the algorithm or the data structure.',
    'I have tuned a hot path for latency or memory (vectorising, caching, concurrency) and measured before and after.',
    'I have written performance-critical libraries, kernels or systems code that others build on.',
  ]),
  q('swe-architecture', 'swe', 'What is the largest system you have designed?', [
    'I have not designed a system of several parts.',
    'I can draw and explain how the parts of an existing system fit together.',
    'I have designed a small system of a few components and written its design document.',
    'I have led the design of a system several teams use, weighing cost, latency and reliability.',
    'I design solutions across many systems or customers (vision, language, recommendation) and review other people’s designs.',
  ]),
  q('infra-data', 'infra', 'Have you built data pipelines or warehouses?', [
    'I use files or tables that other people prepare.',
    'I have written scheduled queries or scripts that move data from one place to another.',
    'I have built pipelines with an orchestrator (such as Airflow or dbt) with data-quality checks.',
    'I have designed a warehouse or lake and pipelines that many teams depend on, backfills and late data included.',
    'I have built a data platform for very large data (distributed processing, streaming) and set its standards.',
  ]),
  q('infra-mlpipelines', 'infra', 'How repeatable is the way you train models?', [
    'I do not train models, or I run a notebook by hand.',
    'I log my experiments or version model files so I can find them again.',
    'I have turned training into a pipeline (data, features, training, evaluation) anyone on the team can re-run.',
    'I have built scheduled retraining with a model registry, and features shared between training and serving (a feature store or similar).',
    'I have designed the training platform that several teams use to build and ship models.',
  ]),
  q('infra-serving', 'infra', 'Have you put models into production?', [
    'I have not deployed a model.',
    'I have handed a model to someone else, who deployed it.',
    'I have deployed a model behind an API, or as a batch scoring job, that a product uses.',
    'I have served models under latency or cost targets (batching, caching, quantising, autoscaling) with safe roll-outs such as canary or shadow releases.',
    'I have designed the serving stack that many models and teams rely on.',
  ]),
  q('infra-monitoring', 'infra', 'How have you kept systems and models healthy in production?', [
    'I have not monitored a production system.',
    'I have looked at dashboards or logs of a production system when asked.',
    'I have set up alerts on a service or on a model’s predictions and responded when they fired.',
    'I have caught data drift or a silent drop in model quality in production and led the fix (retraining, rollback or a data fix).',
    'I have designed how a team or company monitors its ML systems and handles their incidents.',
  ]),
  q('infra-compute', 'infra', 'How much have you trained on GPUs or other accelerators?', [
    'I have not trained on a GPU or on several machines.',
    'I have trained on a single GPU, locally or in a cloud notebook.',
    'I have trained on several GPUs with data parallelism and tuned batch size and memory use.',
    'I have run multi-node training jobs, handled failures and checkpoints, and profiled accelerator use.',
    'I have built or tuned distributed training for large models (sharding, mixed precision, custom kernels, cluster scheduling).',
  ]),
  q('infra-platform', 'infra', 'How do you package and ship software?', [
    'I have not packaged or deployed software myself.',
    'I have built a container image, or run something from a cloud console.',
    'I have written CI/CD pipelines that test and deploy code automatically.',
    'I run workloads on Kubernetes or a similar platform, defined as code, and have automated how models are deployed.',
    'I have designed the cloud platform and deployment automation many teams ship through.',
  ]),
  q('comm-explain', 'comm', 'How have you explained technical results to people outside your field?', [
    'I have not presented technical results to non-specialists.',
    'I have shared results with my own team in a message or a short demo.',
    'I have presented an analysis or a model to stakeholders and answered their questions in their own terms.',
    'I have changed a leadership decision with a clear story about data or a model, uncertainty and limits included.',
    'Leaders come to me to have complex results explained, and I coach others to do it.',
  ]),
  q('comm-framing', 'comm', 'How do the problems you work on get defined?', [
    'Others define them; I work on the tasks I am given.',
    'I understand the business goal behind my tasks.',
    'I have turned a vague business question into a concrete analysis or ML problem with a measure of success.',
    'I have stopped or reshaped an ML project that did not serve its business goal and proposed a simpler route.',
    'I bring deep knowledge of the domain: leaders ask me which problems are worth solving with data.',
  ]),
  q('comm-product', 'comm', 'Have you shaped what gets built and when?', [
    'I have not written requirements or set priorities.',
    'I have written tickets or user stories for my own work.',
    'I have written a product requirements document and negotiated its scope with engineers.',
    'I have owned a roadmap: set goals and timelines, prioritised features and taken an ML project to launch.',
    'I set the product vision and strategy for ML products across several teams.',
  ]),
  q('comm-teach', 'comm', 'Have you taught, written or spoken about technology?', [
    'I have not taught or written for an audience.',
    'I have written internal documentation or helped a colleague learn a tool.',
    'I have written a tutorial or a blog post, or given a talk inside my company.',
    'I have spoken at meetups or conferences, or I maintain docs and examples that many outside developers use.',
    'Teaching and promoting a technology is a core part of my job: I run workshops, build a community and bring users’ feedback into the product.',
  ]),
  q('comm-clients', 'comm', 'How much have you worked with clients or other teams on what to build?', [
    'I have worked only inside my own team.',
    'I have collected requirements from another team for a task.',
    'I have worked with an internal or external client to scope a data or ML solution.',
    'I have been the technical lead for several client teams, designing solutions that fit their constraints.',
    'Advising many customers or product teams on which ML systems to build, and how, is my main job.',
  ]),
]
