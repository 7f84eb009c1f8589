import type { RoleSource } from '../types'

/**
 * Where each role's needs come from: the five articles in shared/seeds/ (000 the spectrum and
 * team settings, 001 the role catalogue and skill map, 002 team roles, 003 three roles and two
 * technologies, 004 process over definitions), by section, with the fact taken in our words.
 * Kept apart from the roles so the worker does not ship it; the content tests check that every
 * role has sources and that every source names a real role.
 */
export const roleSources: Record<string, RoleSource[]> = {
  'software-engineer': [
    {
      seed: '000',
      where: 'The spectrum of roles',
      fact: 'At the engineering end: builds and maintains the infrastructure for experiments, training, deployment and serving.',
    },
    {
      seed: '000',
      where: 'Low maturity, batch',
      fact: 'In a young batch team every role can run the platform and ship a simple model or rule.',
    },
    {
      seed: '001',
      where: 'ML engineer',
      fact: 'Hiring managers note that good engineers pick up ML quickly, so the role needs little ML to start.',
    },
  ],
  'ml-engineer': [
    {
      seed: '001',
      where: 'ML engineer',
      fact: 'Trains and deploys models; needs probability, statistics and ML to understand data and evaluate models, and engineering skill, notably data structures and algorithms.',
    },
    {
      seed: '001',
      where: 'ML engineer vs. data scientist',
      fact: 'ML is a must for this role; it is the better engineer of the two.',
    },
    {
      seed: '002',
      where: 'ML engineer',
      fact: 'Owns training, versioning and maintenance of models and monitors them; cloud training and serving call for Kubernetes.',
    },
    {
      seed: '003',
      where: 'Machine Learning Engineer',
      fact: 'Runs the platform that trains, versions and serves models, and monitors predictions in production.',
    },
  ],
  'applied-scientist': [
    {
      seed: '001',
      where: 'Applied research scientist; skill map',
      fact: 'Closer to research than production; solves practical problems with deep maths, statistics and ML plus knowledge of the problem domain.',
    },
    {
      seed: '000',
      where: 'High maturity settings',
      fact: 'Joins a mature team when small model gains pay off, helping data scientists reach peak performance and engineers ship it.',
    },
  ],
  'research-engineer': [
    {
      seed: '001',
      where: 'Research engineer; skill map',
      fact: 'Sets up and runs the experiments researchers design; needs maths, statistics, ML and software engineering.',
    },
    {
      seed: '001',
      where: 'Research engineer',
      fact: 'Some labs do not separate research engineers from research scientists; both may generate ideas.',
    },
  ],
  'data-scientist': [
    {
      seed: '001',
      where: 'Data scientist; ML engineer vs. data scientist',
      fact: 'Generates business insight from data; deep maths, probability and domain knowledge; the better statistician; ML need depends on the job.',
    },
    {
      seed: '000',
      where: 'The spectrum of roles',
      fact: 'At the science end: finds patterns in data and builds first versions of models.',
    },
    {
      seed: '002',
      where: 'Data scientist',
      fact: 'Builds models that interpret data and predict outcomes; explaining complex model results is among the most valued skills.',
    },
    {
      seed: '003',
      where: 'Data Scientist',
      fact: 'Explores data and builds models for business problems; cleaning and wrangling take most of the time.',
    },
  ],
  'research-scientist': [
    {
      seed: '001',
      where: 'Research scientist; skill map',
      fact: 'Comes up with original ideas; typically a doctorate or first-author papers at leading venues; deep maths, statistics and ML.',
    },
    { seed: '001', where: 'Research engineer', fact: 'May advise research engineers running their own research.' },
  ],
  'data-analyst': [
    {
      seed: '001',
      where: 'Data scientist vs. data analyst; skill map',
      fact: 'Extracts insight, runs the business and operational metrics and drives decisions; analytical skill, domain knowledge and a high-level view of ML.',
    },
    {
      seed: '002',
      where: 'Data scientist',
      fact: 'Where the two are split, analysts find trends and draw conclusions from model outcomes.',
    },
  ],
  'data-engineer': [
    {
      seed: '001',
      where: 'Data engineer; skill map',
      fact: 'Builds pipelines, aggregates, stores and monitors data; databases, data tools and distributed big-data systems; minimal ML.',
    },
    {
      seed: '002',
      where: 'Data engineer',
      fact: 'Collects, stores, transforms and distributes data and spends much time cleaning it; may know little ML yet deliver.',
    },
    {
      seed: '003',
      where: 'Data Engineer; feature stores',
      fact: 'Ingests, stores, transforms and distributes data and owns the data platform or feature store.',
    },
  ],
  'mlops-engineer': [
    {
      seed: '001',
      where: 'MLOps engineer; skill map',
      fact: 'Deploys and oversees the ML system in production with mostly standard software engineering; the table adds ML.',
    },
    {
      seed: '001',
      where: 'MLOps engineer vs. ML engineer',
      fact: 'Automates getting the ML engineer’s prediction code into production; in small projects the ML engineer does this too.',
    },
  ],
  'ml-platform-engineer': [
    {
      seed: '001',
      where: 'ML infrastructure/platform engineer',
      fact: 'Needs infrastructure, parallel-computing optimisation and distributed systems; builds systems that train large models on huge data over many GPU servers.',
    },
  ],
  'ml-hardware-engineer': [
    {
      seed: '001',
      where: 'ML accelerator/hardware engineer',
      fact: 'Needs hardware skills and ML on hardware; builds and optimises the hardware behind training and inference.',
    },
  ],
  'product-manager': [
    {
      seed: '001',
      where: 'Product manager; skill map',
      fact: 'Keeps the project on its goals, timeline and technical requirements; project management, leadership, domain expertise, a high-level grasp of ML and of ML systems.',
    },
    {
      seed: '000',
      where: 'Horizontal ML team',
      fact: 'Talks to the client teams and works closely with the data scientists on the goal of each project.',
    },
  ],
  'product-owner': [
    {
      seed: '001',
      where: 'Product owner; skill map',
      fact: 'Defines the goals and vision of ML projects; strategic vision, leadership, project management, domain expertise and a high-level understanding of what ML can and cannot solve.',
    },
  ],
  'developer-advocate': [
    {
      seed: '001',
      where: 'Developer advocate, developer programs engineer',
      fact: 'Engineers with strong communication who promote the company’s ML tools and applications and educate their users.',
    },
  ],
  'ml-solutions-architect': [
    {
      seed: '001',
      where: 'ML solutions architect',
      fact: 'Long experience with ML systems across applications such as vision, language and recommendation; designs solutions for internal teams or customers.',
    },
  ],
}
