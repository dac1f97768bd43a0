import { CV_LABELS, formatPeriod } from '../../../shared/cv/labels';
import { CEFR_FOR_LEVEL, visibleSections, type Cv, type SectionId } from '../../../shared/cv/model';
import { countryName } from '../../../shared/domain/countries';
import classes from './CvPreview.module.css';

/**
 * A live A4 preview in the CV's own language, mirroring the PDF's two
 * templates (the PDF is drawn by the Node side from the same document).
 */
export function CvPreview({ cv }: { cv: Cv }) {
  const labels = CV_LABELS[cv.language];
  const name = `${cv.identity.firstName} ${cv.identity.lastName}`.trim();
  const contact = [cv.contact.phone, cv.contact.email, [cv.contact.city, cv.contact.country ? countryName(cv.contact.country, cv.language) : ''].filter(Boolean).join(', ')].filter(Boolean);

  const section = (id: SectionId) => {
    const body = sectionBody(cv, id);
    if (!body) return null;
    return (
      <section key={id} className={classes.section}>
        <h3 className={classes.heading}>{labels.sections[id]}</h3>
        {body}
      </section>
    );
  };

  return (
    <div className={classes.frame} aria-label={labels.sections.summary} data-testid="cv-preview">
      <article className={`${classes.page} ${cv.template === 'modern' ? classes.modern : classes.sober}`} lang={cv.language}>
        <header className={classes.header}>
          {cv.identity.photo && <img src={cv.identity.photo} alt="" className={classes.photo} />}
          <div>
            <h2 className={classes.name}>{name || '—'}</h2>
            {cv.targetJob && <p className={classes.target}>{cv.targetJob}</p>}
            {contact.length > 0 && <p className={classes.contact}>{contact.join(' · ')}</p>}
          </div>
        </header>
        {visibleSections(cv).map(section)}
      </article>
    </div>
  );
}

function sectionBody(cv: Cv, id: SectionId) {
  const labels = CV_LABELS[cv.language];
  switch (id) {
    case 'summary':
      return cv.summary ? <p>{cv.summary}</p> : null;
    case 'experience':
      return cv.experience.length === 0 ? null : cv.experience.map((e) => (
        <div key={e.id} className={classes.item}>
          <p className={classes.itemTitle}>{[e.role, e.selfEmployed && !e.employer ? labels.selfEmployed : e.employer].filter(Boolean).join(' — ')}</p>
          <p className={classes.meta}>{[formatPeriod(e.start, e.end, e.current, cv.language), e.place].filter(Boolean).join(' · ')}</p>
          {e.tasks.filter(Boolean).length > 0 && <ul>{e.tasks.filter(Boolean).map((task, i) => <li key={i}>{task}</li>)}</ul>}
        </div>
      ));
    case 'education':
      return cv.education.length === 0 ? null : cv.education.map((e) => (
        <div key={e.id} className={classes.item}>
          <p className={classes.itemTitle}>{[e.title, e.institution].filter(Boolean).join(' — ')}</p>
          <p className={classes.meta}>{[formatPeriod(e.start, e.end, false, cv.language), e.place].filter(Boolean).join(' · ')}</p>
          {e.details && <p className={classes.details}>{e.details}</p>}
        </div>
      ));
    case 'skills':
      return cv.skills.filter(Boolean).length === 0 ? null : <ul>{cv.skills.filter(Boolean).map((skill, i) => <li key={i}>{skill}</li>)}</ul>;
    case 'languages':
      return cv.languages.length === 0 ? null : (
        <ul>
          {cv.languages.map((l) => (
            <li key={l.id}>{l.name} : {labels.levels[l.level]}{l.showCefr && CEFR_FOR_LEVEL[l.level] ? ` (${CEFR_FOR_LEVEL[l.level]})` : ''}</li>
          ))}
        </ul>
      );
    case 'drivingLicence':
      return cv.drivingLicence ? <p>{labels.drivingLicence} {cv.drivingLicence}</p> : null;
    case 'interests':
      return cv.interests.filter(Boolean).length === 0 ? null : <p>{cv.interests.filter(Boolean).join(' · ')}</p>;
    case 'references':
      return cv.references.length === 0 ? null : cv.references.map((r) => <p key={r.id}>{[r.name, r.relation, r.phone].filter(Boolean).join(' — ')}</p>);
  }
}
