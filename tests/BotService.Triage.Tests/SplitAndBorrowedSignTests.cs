using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// The thirteenth blind batch: a red flag said in two halves across short sentences, a stroke named outright, and signs
/// that belong to someone else, a film or the person's own past years ago.
/// </summary>
public sealed class SplitAndBorrowedSignTests
{
    [Theory]
    [InlineData("He was jerking on the floor. He wont answer me", "seizure")]
    [InlineData("My boy was shaking all over on the kitchen floor. It stopped a minute ago. He's lying there and won't answer me.", "seizure")]
    [InlineData("my brother fall down and shake all body, eyes go up, now he not talk to me", "seizure")]
    [InlineData("Something feels off with my face. I tried to smile in the mirror. Only the right side went up.", "face-droop")]
    [InlineData("There's a twitchy feeling under my left ribs, been going 20 mins. It's more of a squeeze now.", "chest-pain")]
    public void ASignSaidInTwoHalvesIsRead(string message, string finding)
    {
        var (decision, findings) = TriageHarness.Run(message);

        Assert.Contains(finding, findings.Symptoms);
        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("my leg jerks at night. he doesnt answer when i ask about it")]
    [InlineData("my calf jerks sometimes. my husband wont answer me about whether to see a doctor")]
    public void NotAnsweringAQuestionAfterATwitchIsNotASeizure(string message)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.DoesNotContain("seizure", findings.Symptoms);
    }

    [Theory]
    [InlineData("i think im having a stroke")]
    [InlineData("my dad just had a stroke")]
    [InlineData("my dad had a stroke an hour ago")]
    [InlineData("i think i had a mini stroke this morning")]
    public void AStrokeNamedAsHappeningNowIsAnEmergency(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("my mum had a stroke years ago and now my eyelid twitches")]
    [InlineData("I had a stroke in 2019 and now my arm twitches")]
    [InlineData("my flatmate keeps joking that I'm having a stroke because my arm twitches")]
    [InlineData("i swim breast stroke and get calf cramps")]
    [InlineData("My dog had a seizure last week, the vet sorted him and he's fine now. My eyelid twitches")]
    [InlineData("We'd just watched a film where a guy has a heart attack, and my calf cramped")]
    [InlineData("In the game my character got poisoned and couldn't breathe lol. My thumb twitches")]
    [InlineData("I had a concussion playing rugby in 2015. My calf twitches")]
    [InlineData("my boss nearly had a stroke when he saw the bill and my eyelid twitches")]
    [InlineData("i had a stroke in march and since then my hand twitches")]
    [InlineData("i have had a twitch on my ribs for a week. pressure at work is mad")]
    [InlineData("my chest twitches sometimes. heavy legs after the gym")]
    [InlineData("my boss is a jerk. he wont talk to me. my eyelid twitches")]
    [InlineData("my bmi is 39.2 and my muscles jerk when i fall asleep")]
    [InlineData("im 39.5 weeks pregnant and my legs jerk at night")]
    [InlineData("having had a stroke, i get cramps in my weak leg")]
    [InlineData("i had a stroke at 40 and now my leg jumps")]
    [InlineData("my mum has had a stroke before and my eye twitches")]
    [InlineData("i did chest day at the gym. its heavy. my pec twitches")]
    [InlineData("my calf keeps seizing at night")]
    [InlineData("my dad went grey in his thirties and my eyelid has been twitching for a week")]
    [InlineData("my dad is literally having a stroke about the phone bill and my eyelid twitches")]
    [InlineData("i think my cat had a stroke today, my eye twitches")]
    [InlineData("my daughter is having stroke lessons at the pool and gets calf cramps")]
    [InlineData("my daughter is 39.5 kilos and her leg jerks when falling asleep")]
    [InlineData("my husband has had a heart attack in the past and my eyelid twitches")]
    [InlineData("My neighbour had a seizure at the bus stop last week and it really shook me up. Since then my eyelid keeps twitching")]
    [InlineData("my brother had a heart attack in 2020 and i have a twitchy eyelid")]
    [InlineData("my dog had a fit last week and my calf cramps at night")]
    [InlineData("my mum was diagnosed with epilepsy in 2015. my eyelid has been twitching for a week")]
    [InlineData("my mum was diagnosed with epilepsy in 2015 and my eyelid has been twitching for a week")]
    [InlineData("last year my neighbour had a seizure. my eyelid twitches")]
    [InlineData("in 2015 my dad had a heart attack and my eyelid has been twitching for a week")]
    [InlineData("my wife who had a seizure years ago is fine now. my eyelid twitches")]
    [InlineData("my partner who was diagnosed with epilepsy last year said my eyelid has been twitching for a week")]
    [InlineData("my dad has a history of seizures. my calf cramps at night")]
    [InlineData("my dad had a heart attack in 2015 and my water tablets were changed and since then ive had cramps")]
    [InlineData("my mum was diagnosed with epilepsy in 2015 and i can still walk fine, my calf just twitches")]
    [InlineData("my dad had a heart attack and i have been twitching since")]
    [InlineData("my dad had a heart attack in 2015 and since then ive had cramps in my calves")]
    [InlineData("my neighbor had a seizure last week and my arm has twitched ever since, am i ok?")]
    [InlineData("my dad says he had a heart attack years ago and he gets cramps in his legs at night, whats best for him")]
    [InlineData("the cramps are not waking me up anymore since i started magnesium")]
    [InlineData("i cant get him to wake up for school and he keeps getting cramps in his calves at night")]
    [InlineData("im not coming to work today, my back is spasming")]
    [InlineData("my period hasnt come round yet and i have cramps in my legs")]
    [InlineData("my dog is shaking on the floor after his bath and i have a twitch in my eye")]
    [InlineData("we were rolling on the floor shaking with laughter and i got a cramp in my side")]
    [InlineData("found him on the floor playing with his lego, his eyelid was twitching")]
    [InlineData("the weather is grey and cold and my calves keep cramping")]
    [InlineData("im fit and healthy, 28, run a lot. im having another calf cramp as i type")]
    [InlineData("my friend tia says my twitches are stress. im having another one now in my eyelid")]
    [InlineData("my dad had a stroke in 2016. hes having another operation next week on his hip, my eye is twitching")]
    [InlineData("my dad had a stroke last year. my eyelid twitch is back, its happening again")]
    [InlineData("after the dentist injection i cant feel the left side of my face")]
    [InlineData("my left side is completely dead after sleeping on it")]
    [InlineData("i cant lift my right arm after the gym and no face droop or anything")]
    [InlineData("my mouth is down on one side from the dentist anaesthetic")]
    [InlineData("my mum had a seizure years ago. my calf cramp came back, had another one 10 minutes ago")]
    [InlineData("i nearly keeled over laughing and then got a cramp")]
    [InlineData("my dog is lying on a floor shaking after his bath")]
    [InlineData("my face is floppy from the dentist")]
    [InlineData("i was staring into space at work and my eye twitched")]
    [InlineData("he was clutching the chest of drawers and his calf cramped")]
    public void ASignThatIsSomeoneElsesAFilmsOrYearsBackIsNotAnEmergency(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.True(decision.Level < TriageLevel.Urgent, decision.Level.ToString());
    }

    [Theory]
    [InlineData("my husband had a heart attack an hour ago and his arm is twitching")]
    [InlineData("my son had a seizure this morning and he is very sleepy now")]
    [InlineData("i hit my head in 2025 and my arm has twitched ever since")]
    [InlineData("my husband had a seizure and he wont wake up properly")]
    [InlineData("my wife had a stroke at 6am")]
    [InlineData("i think my husband has had a stroke")]
    [InlineData("my wife is in hospital and i have crushing chest pain")]
    [InlineData("my cat had a seizure and i had one too")]
    [InlineData("in 2015 i was diagnosed with epilepsy and today i had a fit")]
    [InlineData("when i was 5 minutes into my run my chest went tight")]
    [InlineData("i had an episode where my face dropped and i couldnt speak")]
    [InlineData("my son has epilepsy and is fitting now")]
    [InlineData("my brother has epilepsy. he had a fit an hour ago and hes very drowsy")]
    [InlineData("GP put my sertraline up last week and I started tramadol on Monday. Now I'm 39.6 and my legs are jerking and stiff")]
    [InlineData("i have crushing chest pain and my wife is in hospital")]
    [InlineData("my daughter was diagnosed with epilepsy and had a seizure lasting over 5 minutes")]
    [InlineData("my son had a fit on tuesday. he is burning up and very sleepy")]
    [InlineData("i had a heart attack in 2020 and my chest is crushing")]
    [InlineData("im having fits like when i was a kid")]
    [InlineData("crushing chest pain at rest, unrelated to exercise")]
    [InlineData("my dad died of a heart attack and my brother is clutching his chest")]
    [InlineData("my client has a history of epilepsy and has been seizing for 7 minutes")]
    [InlineData("my son who was born in 2021 had a fit at nursery and went blue")]
    [InlineData("my boyfriend had a stroke at dinner and his face drooped and his speech went slurred")]
    [InlineData("my dad was gardening. he had a heart attack and collapsed on the lawn")]
    [InlineData("i had covid in 2021 and my face went numb on one side at lunch and my words came out slurred")]
    [InlineData("i had a tia 3 years ago my face dropped on one side in the mirror")]
    [InlineData("my colleague who had a heart attack last year went grey and sweaty at his desk")]
    [InlineData("my wife says i had a seizure in my sleep last week")]
    [InlineData("my boss who had a stroke in 2021 had a wonky smile in the meeting")]
    [InlineData("my girlfriend had a seizure on friday and still hasnt woken up properly")]
    [InlineData("i had a seizure in 2025 and i had another today")]
    [InlineData("my family said i had a seizure on saturday")]
    [InlineData("my son is in status epilepticus")]
    [InlineData("my wife has epilepsy and shes jerking all over")]
    [InlineData("my dad has epilepsy and hes having one now")]
    [InlineData("my wife had a seizure last week and i think its happening again")]
    [InlineData("my boyfriend had a fit last week and bit his tongue again this morning")]
    [InlineData("last week my wife had a seizure and she still hasnt woken up properly")]
    [InlineData("my girlfriend with a history of epilepsy went stiff and blue")]
    [InlineData("my husband has a history of heart attacks and has crushing chest pain")]
    [InlineData("in 2019 i went grey and sweaty")]
    [InlineData("my wife had a seizure last week and i think she is still having it")]
    [InlineData("my husband had a seizure last week and since then he hasnt woken up properly")]
    [InlineData("my dad had a fit last week and since then hes had two more today")]
    [InlineData("my wife had a seizure last month and i cant get her to wake up")]
    [InlineData("my husband had a heart attack years ago and i found him on the floor")]
    [InlineData("My wife had a seizure years ago. She's been fine since. She's on the floor shaking right now.")]
    [InlineData("my brother had a seizure last week. he is having another one right now")]
    [InlineData("my dad had a stroke in 2015 and i think hes having one now")]
    [InlineData("my grandfather had stroke in 2014, today he fall down and cannot move right side")]
    [InlineData("my left side just went numb and weak")]
    [InlineData("now i cant lift my right arm and my face feels numb")]
    [InlineData("my wife was diagnosed with epilepsy in 2015 and is having a bad one")]
    [InlineData("my boyfriend whos had epilepsy since he was 12 was fine all day then he went stiff on the sofa")]
    [InlineData("my wife with epilepsy bit her tongue and wet herself")]
    [InlineData("my dad lives with epilepsy, he went rigid in the bath")]
    [InlineData("my dad had a stroke in 2015 and i think its happening again")]
    [InlineData("shes not waking up and her lips look blue")]
    [InlineData("i cant get him to respond, hes breathing funny")]
    [InlineData("mum is on floor shaking")]
    [InlineData("my husband is all grey clammy and clutching chest")]
    [InlineData("my dads face has gone all floppy on one side")]
    [InlineData("half his face isnt moving")]
    [InlineData("my wife cant smile properly on the left side since an hour ago")]
    [InlineData("he keeled over and hes making gurgling noises")]
    [InlineData("my mum is staring into space and wont answer, her arm keeps jerking")]
    [InlineData("my 2 year old went stiff and her eyes rolled and now shes really sleepy")]
    public void SomeoneElsesSignHappeningNowOrAnInjuryWithTwitchingSinceStillCounts(string message)
    {
        var (decision, _) = TriageHarness.Run(message);

        Assert.Equal(TriageLevel.Emergency, decision.Level);
    }

    [Theory]
    [InlineData("I broke my ankle years ago. random muscle twitch in my back since monday", "back")]
    [InlineData("i broke my ankle years ago and my eyelid twitches", "eyelid")]
    public void AnInjuryYearsBackNamesNoPlaceNow(string message, string place)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.Equal(place, findings.Location);
    }

    [Theory]
    [InlineData("can you book me a flight?")]
    [InlineData("my calf cramps after a flight of stairs")]
    public void AFlightThatIsNotAJourneyTakenIsNotImmobility(string message)
    {
        var (_, findings) = TriageHarness.Run(message);

        Assert.DoesNotContain("immobility", findings.Context);
    }
}
