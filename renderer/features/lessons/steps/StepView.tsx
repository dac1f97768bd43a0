import type { Step } from '../../../../shared/content/schema';
import { MultipleChoiceStep, SingleChoiceStep } from './ChoiceStep';
import { ChecklistStep, ExplanationStep, GroupActivityStep, OpenToolStep, ReflectionStep, ScaleStep, ScenarioStep } from './OtherSteps';
import type { StepProps } from './types';

/** Picks the component for a step's type. */
export function StepView(props: StepProps<Step>) {
  const { step } = props;
  switch (step.type) {
    case 'explanation':
      return <ExplanationStep {...props} step={step} />;
    case 'singleChoice':
      return <SingleChoiceStep {...props} step={step} />;
    case 'multipleChoice':
      return <MultipleChoiceStep {...props} step={step} />;
    case 'reflection':
      return <ReflectionStep {...props} step={step} />;
    case 'scenario':
      return <ScenarioStep {...props} step={step} />;
    case 'scale':
      return <ScaleStep {...props} step={step} />;
    case 'checklist':
      return <ChecklistStep {...props} step={step} />;
    case 'groupActivity':
      return <GroupActivityStep {...props} step={step} />;
    case 'openTool':
      return <OpenToolStep {...props} step={step} />;
  }
}
