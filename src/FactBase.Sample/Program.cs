using FactBase.Sample.Content;

System.Console.WriteLine($"{Kb.Facts.Count} facts");
