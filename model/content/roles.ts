import type { Role } from '../types'
import { subSkills } from './areas'

/**
 * Needs per sub-skill, in the order of `subSkills`:
 * stats  experiments modelling metrics exploration math
 * ml     classical deep evaluation papers novel
 * swe    production services performance architecture
 * infra  data mlpipelines serving monitoring compute platform
 * comm   explain framing product teach clients
 */
const needs = (levels: string): Record<string, number> => {
  const digits = levels.replace(/\s/g, '')
  if (digits.length !== subSkills.length) throw new Error(`needs: ${digits.length} levels`)
  return Object.fromEntries(subSkills.map((s, i) => [s.id, Number(digits[i])]))
}

/** Roles in a fixed order, which also breaks ties between equal fits. */
export const roles: Role[] = [
  {
    id: 'software-engineer',
    name: 'Software engineer',
    summary:
      'Builds and runs the systems around the models: the services, tools and infrastructure that experiments, training, deployment and serving depend on.',
    dayToDay:
      'Writing and reviewing production code, designing services and APIs, keeping them fast and reliable, and wiring models into products.',
    needs: needs('00111 10100 3333 112202 11111'),
    settings: {
      'low-batch': 'You keep the young platform running and help ship the first simple models and rules.',
      'low-online': 'Live predictions need careful engineering: this is where your strength is most needed.',
      'high-online': 'Latency and reliability at scale are engineering problems, and applied scientists rely on you to productionise their gains.',
    },
  },
  {
    id: 'ml-engineer',
    name: 'ML engineer',
    summary:
      'Turns data and models into products: trains models and takes them all the way into production, and keeps them working there.',
    dayToDay:
      'Building training pipelines, deploying and monitoring models, tuning features and evaluation, and fixing what breaks when the world changes.',
    needs: needs('12122 32310 3222 233312 22111'),
    settings: {
      'low-batch': 'A new batch team needs someone who can both build a baseline model and run it on the platform.',
      'low-online': 'Serving the first model live is the core of the job, close to the software engineers.',
      'high-batch': 'You work with applied scientists to ship every small gain in model quality.',
      'high-online': 'You own the path from a better model to a reliable live service.',
    },
  },
  {
    id: 'applied-scientist',
    name: 'Applied scientist',
    summary:
      'Solves concrete product problems with current research: squeezes out the model quality a mature product needs and helps engineers ship it.',
    dayToDay:
      'Reading and adapting papers, designing and training stronger models, careful evaluation, and pairing with ML and software engineers on production.',
    needs: needs('23123 33331 2121 121111 22111'),
    settings: {
      'high-batch': 'A mature product where a small gain is worth it is where this role starts to pay off.',
      'high-online': 'You push model quality and help engineers bring it to the live system.',
    },
  },
  {
    id: 'research-engineer',
    name: 'Research engineer',
    summary:
      'Uses strong engineering to build and run the experiments that research needs, often in large research labs, sometimes proposing ideas too.',
    dayToDay:
      'Reimplementing papers, building training code and experiment infrastructure, running large jobs on accelerators, and making results reproducible.',
    needs: needs('12013 23241 3131 121031 11010'),
    settings: {
      'high-batch': 'Mature teams with room for research benefit from someone who can run experiments at scale.',
      'high-online': 'Mature teams with room for research benefit from someone who can run experiments at scale.',
    },
  },
  {
    id: 'data-scientist',
    name: 'Data scientist',
    summary:
      'Finds patterns in data, builds models and first versions of ML solutions, and turns them into insight the business can act on.',
    dayToDay:
      'Exploring and cleaning data, designing experiments, building and validating models, and explaining what they mean to the people who decide.',
    needs: needs('33232 31310 1010 110000 33111'),
    settings: {
      'low-batch': 'In a new batch team everyone overlaps: you build the first models and help run them.',
      'high-batch': 'With applied scientists beside you, you push models to their best performance.',
      'high-online': 'You focus on models and analysis while engineers own the live system.',
      horizontal: 'You sit between client teams and engineers, working closely with the product manager.',
    },
  },
  {
    id: 'research-scientist',
    name: 'Research scientist',
    summary:
      'Comes up with new ideas and methods in machine learning, usually with a doctorate or first-author papers behind them.',
    dayToDay:
      'Forming hypotheses, deriving and testing new methods, writing papers and advising the engineers who run the experiments.',
    needs: needs('13014 23344 1020 010020 21020'),
    settings: {
      'high-batch': 'Only mature products justify research of this depth; most teams start without it.',
      'high-online': 'Only mature products justify research of this depth; most teams start without it.',
    },
  },
  {
    id: 'data-analyst',
    name: 'Data analyst',
    summary:
      'Extracts insight from data, looks after the business and operational metrics, and helps people make better decisions.',
    dayToDay:
      'Writing queries, building dashboards, defining and checking metrics, and presenting findings to the business.',
    needs: needs('21431 10100 1000 200000 33111'),
    settings: {
      'low-batch': 'A young batch team needs its first metrics and the analysis to judge the first models.',
      horizontal: 'Client teams need someone who turns their data into decisions and tracks the results.',
    },
  },
  {
    id: 'data-engineer',
    name: 'Data engineer',
    summary:
      'Builds the systems that collect, store, clean, transform and deliver data, so that models and analysts have data they can trust.',
    dayToDay:
      'Designing pipelines and warehouses, checking data quality, handling backfills, and working out with data scientists what data they need.',
    needs: needs('00220 00000 3222 421212 11101'),
    settings: {
      'low-batch': 'A new team lives or dies by its data; batch pipelines are the first thing to build.',
      'low-online': 'Live features need fresh, reliable data flowing from day one.',
      'high-batch': 'Mature batch systems depend on large, well-run pipelines and a shared feature store.',
      horizontal: 'Many client teams means many data sources to bring together.',
    },
  },
  {
    id: 'mlops-engineer',
    name: 'MLOps engineer',
    summary:
      'Automates how models get to production and keeps the ML system healthy there, with the methods of software and operations engineering.',
    dayToDay:
      'Building CI/CD for models, running the serving and retraining infrastructure, setting up monitoring and alerts, and handling incidents.',
    needs: needs('00010 10100 3212 133414 11101'),
    settings: {
      'low-online': 'Putting a first model online safely needs deployment automation and monitoring early.',
      'high-online': 'Many models in a live product need automated deployment, monitoring and retraining.',
      'high-batch': 'Scheduled retraining and scoring of many models is an operations job of its own.',
    },
  },
  {
    id: 'ml-platform-engineer',
    name: 'ML platform engineer',
    summary:
      'Builds the infrastructure to train large models on very large data: distributed systems over many machines and accelerators.',
    dayToDay:
      'Designing training clusters and schedulers, optimising parallel computation, building shared ML tooling and keeping it fast and reliable.',
    needs: needs('00001 12110 3333 232243 11111'),
    settings: {
      'high-batch': 'At maturity, training many large models efficiently needs a platform of its own.',
      'high-online': 'At maturity, training and serving many large models needs a platform of its own.',
      horizontal: 'A shared platform lets one ML team serve many product teams.',
    },
  },
  {
    id: 'product-manager',
    name: 'Product manager',
    summary:
      'Makes sure an ML project meets its business, time and technical goals, knowing enough about ML to judge what it can and cannot do.',
    dayToDay:
      'Talking to users and clients, writing requirements, prioritising, setting milestones and aligning scientists and engineers on a goal.',
    needs: needs('21310 10100 0001 000000 34413'),
    settings: {
      horizontal: 'A horizontal team needs someone who talks to the client teams and works closely with the data scientists.',
      'high-online': 'A mature product needs someone to decide which model gains are worth shipping.',
    },
  },
  {
    id: 'developer-advocate',
    name: 'Developer advocate',
    summary:
      'An engineer who communicates: teaches developers to use a company’s ML products and tools, and carries their feedback back.',
    dayToDay:
      'Building demos and examples, writing tutorials and docs, giving talks and workshops, and turning user feedback into product changes.',
    needs: needs('01010 22120 2211 011001 31142'),
    settings: {
      horizontal: 'Teams that serve others need their tools explained and adopted.',
    },
  },
  {
    id: 'ml-solutions-architect',
    name: 'ML solutions architect',
    summary:
      'Designs ML systems for internal teams or external customers, drawing on long experience with many kinds of ML applications.',
    dayToDay:
      'Understanding a client’s problem, designing an end-to-end ML solution, reviewing architectures and guiding teams through building it.',
    needs: needs('11111 22210 2214 223212 33224'),
    settings: {
      horizontal: 'Designing solutions for many client teams is exactly this job.',
      'high-online': 'Mature live systems benefit from someone who has seen many architectures.',
    },
  },
]
