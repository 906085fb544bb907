
@EXP_T_HI = internal unnamed_addr constant [128 x double] [double 1.000000e+00, double 0x3FF0163DA9FB3335, double 0x3FF02C9A3E778061, double 0x3FF04315E86E7F85, double 0x3FF059B0D3158574, double 0x3FF0706B29DDF6DE, double 0x3FF0874518759BC8, double 0x3FF09E3ECAC6F383, double 0x3FF0B5586CF9890F, double 0x3FF0CC922B7247F7, double 0x3FF0E3EC32D3D1A2, double 0x3FF0FB66AFFED31B, double 0x3FF11301D0125B51, double 0x3FF12ABDC06C31CC, double 0x3FF1429AAEA92DE0, double 0x3FF15A98C8A58E51, double 0x3FF172B83C7D517B, double 0x3FF18AF9388C8DEA, double 0x3FF1A35BEB6FCB75, double 0x3FF1BBE084045CD4, double 0x3FF1D4873168B9AA, double 0x3FF1ED5022FCD91D, double 0x3FF2063B88628CD6, double 0x3FF21F49917DDC96, double 0x3FF2387A6E756238, double 0x3FF251CE4FB2A63F, double 0x3FF26B4565E27CDD, double 0x3FF284DFE1F56381, double 0x3FF29E9DF51FDEE1, double 0x3FF2B87FD0DAD990, double 0x3FF2D285A6E4030B, double 0x3FF2ECAFA93E2F56, double 0x3FF306FE0A31B715, double 0x3FF32170FC4CD831, double 0x3FF33C08B26416FF, double 0x3FF356C55F929FF1, double 0x3FF371A7373AA9CB, double 0x3FF38CAE6D05D866, double 0x3FF3A7DB34E59FF7, double 0x3FF3C32DC313A8E5, double 0x3FF3DEA64C123422, double 0x3FF3FA4504AC801C, double 0x3FF4160A21F72E2A, double 0x3FF431F5D950A897, double 0x3FF44E086061892D, double 0x3FF46A41ED1D0057, double 0x3FF486A2B5C13CD0, double 0x3FF4A32AF0D7D3DE, double 0x3FF4BFDAD5362A27, double 0x3FF4DCB299FDDD0D, double 0x3FF4F9B2769D2CA7, double 0x3FF516DAA2CF6642, double 0x3FF5342B569D4F82, double 0x3FF551A4CA5D920F, double 0x3FF56F4736B527DA, double 0x3FF58D12D497C7FD, double 0x3FF5AB07DD485429, double 0x3FF5C9268A5946B7, double 0x3FF5E76F15AD2148, double 0x3FF605E1B976DC09, double 0x3FF6247EB03A5585, double 0x3FF6434634CCC320, double 0x3FF6623882552225, double 0x3FF68155D44CA973, double 0x3FF6A09E667F3BCD, double 0x3FF6C012750BDABF, double 0x3FF6DFB23C651A2F, double 0x3FF6FF7DF9519484, double 0x3FF71F75E8EC5F74, double 0x3FF73F9A48A58174, double 0x3FF75FEB564267C9, double 0x3FF780694FDE5D3F, double 0x3FF7A11473EB0187, double 0x3FF7C1ED0130C132, double 0x3FF7E2F336CF4E62, double 0x3FF80427543E1A12, double 0x3FF82589994CCE13, double 0x3FF8471A4623C7AD, double 0x3FF868D99B4492ED, double 0x3FF88AC7D98A6699, double 0x3FF8ACE5422AA0DB, double 0x3FF8CF3216B5448C, double 0x3FF8F1AE99157736, double 0x3FF9145B0B91FFC6, double 0x3FF93737B0CDC5E5, double 0x3FF95A44CBC8520F, double 0x3FF97D829FDE4E50, double 0x3FF9A0F170CA07BA, double 0x3FF9C49182A3F090, double 0x3FF9E86319E32323, double 0x3FFA0C667B5DE565, double 0x3FFA309BEC4A2D33, double 0x3FFA5503B23E255D, double 0x3FFA799E1330B358, double 0x3FFA9E6B5579FDBF, double 0x3FFAC36BBFD3F37A, double 0x3FFAE89F995AD3AD, double 0x3FFB0E07298DB666, double 0x3FFB33A2B84F15FB, double 0x3FFB59728DE5593A, double 0x3FFB7F76F2FB5E47, double 0x3FFBA5B030A1064A, double 0x3FFBCC1E904BC1D2, double 0x3FFBF2C25BD71E09, double 0x3FFC199BDD85529C, double 0x3FFC40AB5FFFD07A, double 0x3FFC67F12E57D14B, double 0x3FFC8F6D9406E7B5, double 0x3FFCB720DCEF9069, double 0x3FFCDF0B555DC3FA, double 0x3FFD072D4A07897C, double 0x3FFD2F87080D89F2, double 0x3FFD5818DCFBA487, double 0x3FFD80E316C98398, double 0x3FFDA9E603DB3285, double 0x3FFDD321F301B460, double 0x3FFDFC97337B9B5F, double 0x3FFE264614F5A129, double 0x3FFE502EE78B3FF6, double 0x3FFE7A51FBC74C83, double 0x3FFEA4AFA2A490DA, double 0x3FFECF482D8E67F1, double 0x3FFEFA1BEE615A27, double 0x3FFF252B376BBA97, double 0x3FFF50765B6E4540, double 0x3FFF7BFDAD9CBE14, double 0x3FFFA7C1819E90D8, double 0x3FFFD3C22B8F71F1], align 16
@EXP_T_LO = internal unnamed_addr constant [128 x double] [double 0.000000e+00, double 0x3C9B61299AB8CDB7, double 0xBC719083535B085D, double 0xBC90A31C1977C96E, double 0x3C8D73E2A475B465, double 0xBC8C91DFE2B13C27, double 0x3C6186BE4BB284FF, double 0x3C91487818316136, double 0x3C98A62E4ADC610B, double 0x3C901EDC16E24F71, double 0x3C403A1727C57B53, double 0xBC6B9BEDC44EBD7B, double 0xBC96C51039449B3A, double 0xBC51B514B36CA5C7, double 0xBC932FBF9AF1369E, double 0x3C82406AB9EEAB0A, double 0xBC819041B9D78A76, double 0xBC911023D1970F6C, double 0x3C8E5B4C7B4968E4, double 0xBC995386352EF607, double 0x3C9E016E00A2643C, double 0xBC91DF98027BB78C, double 0x3C8DC775814A8495, double 0x3C82A97E9494A5EE, double 0x3C99B07EB6C70573, double 0x3C8AC155BEF4F4A4, double 0x3C82BD339940E9D9, double 0xBC9A4C3A8C3F0D7E, double 0x3C8612E8AFAD1255, double 0xBC410ADCD6381AA4, double 0x3C90024754DB41D5, double 0x3C71CA0F45D52383, double 0x3C86F46AD23182E4, double 0x3C8A9CE78E18047C, double 0x3C932721843659A6, double 0xBC8B5CEE5C4E4628, double 0xBC963AEABF42EAE2, double 0xBC9E958D3C9904BD, double 0xBC75E436D661F5E3, double 0xBC9EFFF8375D29C3, double 0x3C8ADA0911F09EBC, double 0xBC97D023F956F9F3, double 0xBC5EF3691C309278, double 0xBC81C7DDE35F7999, double 0x3C489B7A04EF80D0, double 0x3C9C944BD1648A76, double 0x3C73C1A3B69062F0, double 0x3C99CB62F3D1BE56, double 0x3C7D4397AFEC42E2, double 0x3C98ECDBBC6A7833, double 0xBC94B309D25957E3, double 0xBC8F768569BD93EF, double 0xBC807ABE1DB13CAD, double 0xBC8D689CEFEDE59B, double 0x3C99BB2C011D93AD, double 0x3C8295E15B9A1DE8, double 0x3C96324C054647AD, double 0x3C3C4B1B816986A2, double 0x3C9BA6F93080E65E, double 0xBC93E2429B56DE47, double 0xBC9383C17E40B497, double 0xBC8C483C759D8933, double 0xBC9BB60987591C34, double 0x3C6038AE44F73E65, double 0xBC9BDD3413B26456, double 0xBC72895667FF0B0D, double 0xBC6BBE3A683C88AB, double 0xBC883C0F25860EF6, double 0xBC816E4786887A99, double 0xBC90A8D96C65D53C, double 0xBC90245957316DD3, double 0x3C9866B80A02162D, double 0xBC841577EE04992F, double 0x3C9F124CD1164DD6, double 0x3C705D02BA15797E, double 0xBC927C86626D972B, double 0xBC9D4C1DD41532D8, double 0xBC88D684A341CDFB, double 0xBC9FC6F89BD4F6BA, double 0x3C9994C2F37CB53A, double 0x3C96E9F156864B27, double 0xBC70D55E32E9E3AA, double 0x3C85CC13A2E3976C, double 0xBC9DD6792E582524, double 0xBC675FC781B57EBC, double 0xBC764B7C96A5F039, double 0xBC9D185B7C1B85D1, double 0xBC9173BD91CEE632, double 0x3C7C7C46B071F2BE, double 0x3C7824CA78E64C6E, double 0xBC9359495D1CD533, double 0x3C96305C7DDC36AB, double 0xBC9D2F6EDB8D41E1, double 0x3C9BCB7ECAC563C7, double 0x3C90FAC90EF7FD31, double 0xBC8F9234CAE76CD0, double 0x3C97A1CD345DCC81, double 0xBC9BDEF54C80E425, double 0xBC62805E3084D708, double 0xBC9C71DFBBBA6DE3, double 0xBC75584F7E54AC3B, double 0xBC9EFCD30E54292E, double 0x3C823DD07A2D9E84, double 0xBC9EFDCA3F6B9C73, double 0x3C811065895048DD, double 0x3C9B4537E083C60A, double 0x3C92884DFF483CAD, double 0x3C71ACBC48805C44, double 0x3C7503CBD1E949DB, double 0xBC8DD83B53829D72, double 0xBC9CBC3743797A9C, double 0xBC9D487B719D8578, double 0x3C82ED02D75B3707, double 0xBC911EC18BEDDFE8, double 0x3C9C2300696DB532, double 0x3C92DA5778F018C3, double 0xBC91A5CD4F184B5C, double 0xBC97B627817A1496, double 0x3C839E8980A9CC8F, double 0x3C92D522CA0C8DE2, double 0xBC9E9C23179C2893, double 0xBC9C93F3B411AD8C, double 0x3C9DC7F486A4B6B0, double 0x3C93A1A5BF0D8E43, double 0x3C99D3E12DD8A18B, double 0xBC9DBB12D006350A, double 0x3C874853F3A5931E, double 0x3C62EB74966579E7], align 16
@LOG_INVC = internal unnamed_addr constant [128 x double] [double 0x3FF69BE8C81FB00C, double 0x3FF67C22FE4DCDDA, double 0x3FF65CB6049C63C4, double 0x3FF63DA068AEB033, double 0x3FF61EE0C0281ABB, double 0x3FF60075A87531DB, double 0x3FF5E25DC6966C26, double 0x3FF5C497C6EC9C1A, double 0x3FF5A7225D070680, double 0x3FF589FC43730BF1, double 0x3FF56D243B8D56C2, double 0x3FF550990D547F30, double 0x3FF53459873D182D, double 0x3FF518647E0717ED, double 0x3FF4FCB8CC948F96, double 0x3FF4E15553C1A639, double 0x3FF4C638FA3DCB8E, double 0x3FF4AB62AC66176C, double 0x3FF490D15C20CB76, double 0x3FF4768400B9ECD3, double 0x3FF45C7996C0EC27, double 0x3FF442B11FE75285, double 0x3FF42929A2E06A4D, double 0x3FF40FE22B41DB5E, double 0x3FF3F6D9C965323E, double 0x3FF3DE0F924A4A53, double 0x3FF3C5829F7A9375, double 0x3FF3AD320EED2B70, double 0x3FF3951D02EBC479, double 0x3FF37D42A1F851A3, double 0x3FF365A216B372DA, double 0x3FF34E3A8FC39A0A, double 0x3FF3370B3FBCE360, double 0x3FF320135D099AC2, double 0x3FF3095221D368EC, double 0x3FF2F2C6CBED22B0, double 0x3FF2DC709CBD3534, double 0x3FF2C64ED928AA10, double 0x3FF2B060C97EBE82, double 0x3FF29AA5B9650907, double 0x3FF2851CF7C428CD, double 0x3FF26FC5D6B4FAB4, double 0x3FF25A9FAB6E4FAC, double 0x3FF245A9CE332056, double 0x3FF230E39A413A1B, double 0x3FF21C4C6DC061E2, double 0x3FF207E3A9B1E8D3, double 0x3FF1F3A8B1E0AF9D, double 0x3FF1DF9AECD194E9, double 0x3FF1CBB9C3B44BAD, double 0x3FF1B804A2549645, double 0x3FF1A47AF70BE33A, double 0x3FF1911C32B348DC, double 0x3FF17DE7C895DCC0, double 0x3FF16ADD2E63647F, double 0x3FF157FBDC235CFF, double 0x3FF145434C2855C5, double 0x3FF132B2FB039DC6, double 0x3FF1204A67793F6A, double 0x3FF10E0912744966, double 0x3FF0FBEE7EFB622E, double 0x3FF0E9FA3225A3E1, double 0x3FF0D82BB30FBE96, double 0x3FF0C6828AD15F01, double 0x3FF0B4FE4472D780, double 0x3FF0A39E6CE309AC, double 0x3FF0926292ED8E9E, double 0x3FF0814A47311C1A, double 0x3FF070551C1624F2, double 0x3FF05F82A5C5B2F9, double 0x3FF04ED27A2078E3, double 0x3FF03E4430B61A92, double 0x3FF02DD762BCAA3F, double 0x3FF01D8BAB085916, double 0x3FF00D60A60359DB, double 1.000000e+00, double 0x3FEFB602A2F91E1F, double 0x3FEF77A4DD695191, double 0x3FEF3A3A89273F9E, double 0x3FEEFDBE1F975DEF, double 0x3FEEC22A449BEB96, double 0x3FEE8779C4FF8EE3, double 0x3FEE4DA794F1F1E5, double 0x3FEE14AECE9570C6, double 0x3FEDDC8AB09CFB09, double 0x3FEDA5369CF9557B, double 0x3FED6EAE1794F6F3, double 0x3FED38ECC51DC50B, double 0x3FED03EE69DC00CA, double 0x3FECCFAEE895BCEF, double 0x3FEC9C2A417E40FF, double 0x3FEC695C9130C4D5, double 0x3FEC37420FB5F8A6, double 0x3FEC05D70F93D515, double 0x3FEBD517FCE73629, double 0x3FEBA5015C86CAAA, double 0x3FEB758FCB2EE7E3, double 0x3FEB46BFFCB5D798, double 0x3FEB188EBB483BC1, double 0x3FEAEAF8E6AD28C6, double 0x3FEABDFB73919C0F, double 0x3FEA91936ADAF945, double 0x3FEA65BDE9003D33, double 0x3FEA3A781D69993A, double 0x3FEA0FBF49D62E51, double 0x3FE9E590C1C7A228, double 0x3FE9BBE9E9F34C91, double 0x3FE992C837B8BE99, double 0x3FE96A29309D67C9, double 0x3FE9420A69CD210D, double 0x3FE91A69879F676A, double 0x3FE8F3443D211372, double 0x3FE8CC984BA25CAB, double 0x3FE8A6638248FAA5, double 0x3FE880A3BDA6379B, double 0x3FE85B56E750CA95, double 0x3FE8367AF582510C, double 0x3FE8120DEAB841DC, double 0x3FE7EE0DD558352D, double 0x3FE7CA78CF575EA8, double 0x3FE7A74CFDE518DA, double 0x3FE7848891186241, double 0x3FE76229C3A02DD9, double 0x3FE7402EDA766A7B, double 0x3FE71E962495A585, double 0x3FE6FD5DFAB12E9E, double 0x3FE6DC84BEEFA396, double 0x3FE6BC08DCA7CC53], align 16
@LOG_LOGC_HI = internal unnamed_addr constant [128 x double] [double 0xBFD620EF9AC6AA7C, double 0xBFD5C6BFA1131B89, double 0xBFD56D0E0C69C3A3, double 0xBFD513D97C718E7E, double 0xBFD4BB20968AC7E1, double 0xBFD462E205AF89A2, double 0xBFD40B1C7A55020F, double 0xBFD3B3CEAA4D8C01, double 0xBFD35CF750AB91C3, double 0xBFD306952DA53478, double 0xBFD2B0A70678B1D0, double 0xBFD25B2BA551821C, double 0xBFD20621D92E28DD, double 0xBFD1B18875C6B297, double 0xBFD15D5E5373DA29, double 0xBFD109A24F16D0E1, double 0xBFD0B6534A01A428, double 0xBFD0637029E03BF8, double 0xBFD010F7D8A1ED9D, double 0xBFCF7DD288C73C7D, double 0xBFCEDA86BEB4E196, double 0xBFCE380A3F7DF699, double 0xBFCD965AFF71FF0B, double 0xBFCCF576FA97461C, double 0xBFCC555C34844615, double 0xBFCBB608B83A0031, double 0xBFCB177A97FF3DB0, double 0xBFCA79AFED3CB32D, double 0xBFC9DCA6D85A004B, double 0xBFC9405D809B84C5, double 0xBFC8A4D214010533, double 0xBFC80A02C7251993, double 0xBFC76FEDD51D5FD8, double 0xBFC6D6917F5B6CD2, double 0xBFC63DEC0D8E7691, double 0xBFC5A5FBCD85B285, double 0xBFC50EBF131362FB, double 0xBFC4783437F08E8D, double 0xBFC3E2599BA15D49, double 0xBFC34D2DA35A16F4, double 0xBFC2B8AEB9E4BDBD, double 0xBFC224DB4F87417B, double 0xBFC191B1D9EA4760, double 0xBFC0FF30D40081AF, double 0xBFC06D56BDEE9439, double 0xBFBFB84439E702D1, double 0xBFBE9722F6A33913, double 0xBFBD7746D06FFB25, double 0xBFBC58ACEF58E68F, double 0xBFBB3B5284EBE043, double 0xBFBA1F34CC0EDE39, double 0xBFB9045108D699C6, double 0xBFB7EAA4885E25E2, double 0xBFB6D22CA09F61FA, double 0xBFB5BAE6B04C452E, double 0xBFB4A4D01EA8FB65, double 0xBFB38FE65B66CFB2, double 0xBFB27C26DE7FDDC6, double 0xBFB1698F281386BA, double 0xBFB0581CC043A393, double 0xBFAE8F9A6E24E118, double 0xBFAC713C48825A49, double 0xBFAA551A4E5ED89E, double 0xBFA83B2FCD762045, double 0xBFA623782241DA36, double 0xBFA40DEEB7BC2178, double 0xBFA1FA8F07234FB2, double 0xBF9FD2A92F7E0072, double 0xBF9BB475FD4C8618, double 0xBF979A7BBD0DF0E5, double 0xBF9384B1CEDC9A50, double 0xBF8EE61F5A49475B, double 0xBF86CB19D87294D0, double 0xBF7D7084E7B15DA2, double 0xBF6AB622E93CE64B, double 0.000000e+00, double 0x3F8294DAEBC01564, double 0x3F91301D448A0B00, double 0x3F9906542DE674F9, double 0x3FA066A72E47273F, double 0x3FA442A34F660BDE, double 0x3FA8173B38841751, double 0x3FABE48B03E90F71, double 0x3FAFAAAE2CC5A017, double 0x3FB1B4DFC9EDB27F, double 0x3FB390ECC1FCD474, double 0x3FB5698ADB285BD4, double 0x3FB73EC6AB4EC63C, double 0x3FB910AC8397C5FD, double 0x3FBADF487264F359, double 0x3FBCAAA645311532, double 0x3FBE72D18A5EBB68, double 0x3FC01BEAC97B6E0C, double 0x3FC0FCDEBA2C0E23, double 0x3FC1DC4A04EBB231, double 0x3FC2BA31FB292D05, double 0x3FC3969BD2DA2806, double 0x3FC4718CA7371C2A, double 0x3FC54B0979710DDC, double 0x3FC6231731614B2E, double 0x3FC6F9BA9E33686A, double 0x3FC7CEF87709B4CD, double 0x3FC8A2D55B9C5E17, double 0x3FC97555D4D3779F, double 0x3FCA467E555C16DC, double 0x3FCB16533A38B570, double 0x3FCBE4D8CB4D0662, double 0x3FCCB2133BE56A3D, double 0x3FCD7E06AB3A2C25, double 0x3FCE48B724EEAFB9, double 0x3FCF1228A18CB65A, double 0x3FCFDA5F06FBE011, double 0x3FD050AF147AC5E4, double 0x3FD0B394E4BA9C08, double 0x3FD115E2CC92C26A, double 0x3FD1779A9BE4FA76, double 0x3FD1D8BE1A52C67D, double 0x3FD2394F076F3618, double 0x3FD2994F1AEF3D0A, double 0x3FD2F8C004D8A1A6, double 0x3FD357A36DAF8F5C, double 0x3FD3B5FAF6A2D950, double 0x3FD413C839B6F8AD, double 0x3FD4710CC9EFD18D, double 0x3FD4CDCA33794964, double 0x3FD52A01FBCEB8F3, double 0x3FD585B5A1E1438D, double 0x3FD5E0E69E3D1D5A], align 16
@LOG_LOGC_LO = internal unnamed_addr constant [128 x double] [double 0x3C77D5EDF2436028, double 0x3C75ACCF53E0FB97, double 0x3C6C6FF348765107, double 0x3C6DD1B3B0521ED4, double 0x3C7B1C420E7EB68E, double 0xBBE32656A7ABCFE8, double 0xBC7DA8EE8453DA74, double 0xBC1175A194083E99, double 0xBC73B97926470308, double 0xBC7BF85E2D1F17A3, double 0x3C7AA5563D85C314, double 0x3C77EA05254C1A16, double 0xBC71798DFE721091, double 0xBC70E046C50D116E, double 0xBC71A371BF0EA155, double 0xBC5A3C61FB6A32A4, double 0xBC537C1238E8B88B, double 0xBC642B5D01E45F31, double 0x3C70734AB1B69901, double 0xBC6355C9AC6293DD, double 0xBC440FFC2A7E6D71, double 0xBC5862248039FDF5, double 0x3C64620B777F6583, double 0xBC6FCCFEA63FC024, double 0xBC6782B790E0A62B, double 0x3C6D9B800B01A214, double 0xBC5A6D00BC3AF246, double 0x3C66EC8F5499C79C, double 0xBC6ED1E85911C4A0, double 0x3C54B038A142B56B, double 0xBC46B818E66A5769, double 0xBC6B4304AD16F8A7, double 0x3C305611F9784A98, double 0xBBE549A64C679070, double 0x3C5BE5FE31A14BE8, double 0xBC539AFFD8C6A2A7, double 0xBC6EF67C0F42AA21, double 0x3C31EA191ADA8BBF, double 0x3C664522FE3737AD, double 0xBC604E39C61B7E42, double 0x3C4F68C8827B01D1, double 0x3C6E710E8A29DF01, double 0xBC590257918C1533, double 0x3C44DFD3E1B3AD2E, double 0xBC4E2C47ED4C6ECC, double 0x3C4B7F69D2819213, double 0x3C4C26F521D03B6E, double 0x3C0D56376A0ACDB6, double 0x3C428C4213DF87BA, double 0xBC5671A3F8312014, double 0x3C52B44AB64FB0E4, double 0x3C22AB01F5A5978E, double 0x3C4B55BFCDD3C710, double 0xBC2EBB3580D31000, double 0x3C4CEB706F61E3A3, double 0xBC3C196436AB3D12, double 0xBC40DA207C54396E, double 0xBC4C013D13CDE5E0, double 0xBC2014614E0E096B, double 0x3C52A6CB9CC7A32F, double 0x3C45BA90449AC832, double 0xBC4EE25D828E3BA6, double 0x3C4E694E77E75D05, double 0x3C491D69959EAEA5, double 0xBC4C2FF468D1F31F, double 0xBC36ADA9C0FBE8DE, double 0x3C4DD1D46A7618B3, double 0x3C3FB21098C02293, double 0xBC07C8345628B32F, double 0xBBDF270F12EF5506, double 0xBC399710299ADBD1, double 0x3C078AD5411FA1D5, double 0x3C2BB98528FF019E, double 0x3BFCF7A22A6FCAC8, double 0x3C0468080BD33F77, double 0.000000e+00, double 0x3BD4BA451F8AC5A0, double 0xBC2BD7B1244A97CF, double 0x3C259199846E2D5A, double 0xBC2C3EB3D678B4DD, double 0xBC1359BD583A7670, double 0x3C45BAA264C73457, double 0xBC2828E29EDC3690, double 0x3C4F19E21D368317, double 0xBC57A3A09C5322AC, double 0x3C3A1CB77C488E98, double 0xBC51CAC9690A620E, double 0x3C5A12CCB19EABA9, double 0xBC40469B06E5D776, double 0x3C5BEAF1F2509D6D, double 0x3C575D2300410594, double 0x3C5D07E388643B01, double 0x3C5A2BD521001A0D, double 0x3BF1C7F0787F348B, double 0x3C60D5C175E1E973, double 0x3C6EA496147F7A4D, double 0x3C446F451211A274, double 0x3C56B5749C099AF3, double 0xBC6D1078BAA02229, double 0x3C6AFAD35C61C340, double 0x3C6544CFAA039789, double 0x3C5F65B09415EEF4, double 0x3C53CBDFDE7DDE9C, double 0x3C6027BD6130DF9E, double 0x3C586EA130E14454, double 0x3C4D680B8BFACFC8, double 0x3C50373AD54A0AB2, double 0xBC44EF1F5C32D2DF, double 0x3C423C023DB441C8, double 0x3C3CF3EB9B5029B3, double 0xBC675BEC5178F06D, double 0xBC0D3BA4905DB3CF, double 0xBC3CBF6C618CC399, double 0xBC69C1F9E095F6CA, double 0xBC76666BB21CAC30, double 0xBC52D78F8F728FE7, double 0x3C7147DDEA1D4BBE, double 0x3C7760791395F8D2, double 0x3C65E4D6256CFD54, double 0x3C6590CA8DCE923A, double 0xBC53B6477D6C3513, double 0x3C226ECF1489E666, double 0xBC7E6471C3E16B15, double 0xBC34D5A4F28AE725, double 0xBC7938C5CDB44450, double 0x3C68AC4A85833954, double 0xBC2F90C322F56DE5, double 0xBC677B180C1A7A75], align 16
@TWO_OVER_PI_BITS = internal unnamed_addr constant [44 x i32] [i32 -1560706194, i32 1313084713, i32 -64530479, i32 -181084736, i32 -614296167, i32 1011060801, i32 -28220501, i32 -558119583, i32 -1222349254, i32 1112396512, i32 105459434, i32 164729372, i32 -31593700, i32 -1322670274, i32 -394119691, i32 784024708, i32 -375623642, i32 -1268810175, i32 965858873, i32 -2091697676, i32 -1669046389, i32 -1107744709, i32 536385535, i32 -570058737, i32 -282127989, i32 1510632735, i32 1832287951, i32 667617719, i32 1330003814, i32 -1637881299, i32 1965537991, i32 -337251973, i32 1023883767, i32 -1974299926, i32 1811636145, i32 529358088, i32 1443049542, i32 -59020373, i32 -254821344, i32 -1695271395, i32 0, i32 0, i32 0, i32 0], align 16
@ATAN_HI = internal unnamed_addr constant [9 x double] [double 0.000000e+00, double 0x3FBFD5BA9AAC2F6E, double 0x3FCF5B75F92C80DD, double 0x3FD6F61941E4DEF1, double 0x3FDDAC670561BB4F, double 0x3FE1E00BABDEFEB4, double 0x3FE4978FA3269EE1, double 0x3FE700A7C5784634, double 0x3FE921FB54442D18], align 16
@ATAN_LO = internal unnamed_addr constant [9 x double] [double 0.000000e+00, double 0xBC4CD37686760C17, double 0x3C68AB6E3CF7AFBD, double 0xBC7C63AAE6F6E918, double 0x3C7A2B7F222F65E2, double 0xBC5928DF287A668F, double 0x3C72419A87F2A458, double 0xBC78C34D25AADEF6, double 0x3C81A62633145C07], align 16
@ACOT_HI = internal unnamed_addr constant [9 x double] [double 0x3FF921FB54442D18, double 0x3FF7249FAA996A21, double 0x3FF5368C951E9CFD, double 0x3FF3647503CAF55C, double 0x3FF1B6E192EBBE44, double 0x3FF031F57E54ADBE, double 0x3FEDAC670561BB4F, double 0x3FEB434EE31013FD, double 0x3FE921FB54442D18], align 16
@ACOT_LO = internal unnamed_addr constant [9 x double] [double 0x3C91A62633145C07, double 0x3C9A8CC1E7480C68, double 0xBC996F47948A99F1, double 0x3C817E21D9A42C9A, double 0x3C9B1B466A88828E, double 0x3C9338B4259C0270, double 0x3C8A2B7F222F65E2, double 0xBC80520D0701D877, double 0x3C81A62633145C07], align 16

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_exp(double noundef %0) local_unnamed_addr {
  %2 = fcmp uno double %0, 0.000000e+00
  %3 = fcmp ogt double %0, 7.100000e+02
  %4 = fcmp olt double %0, -7.460000e+02
  %5 = or i1 %2, %3
  %6 = or i1 %4, %5
  %7 = select i1 %6, double 0.000000e+00, double %0
  %8 = fmul double %7, 0x40671547652B82FE
  %9 = tail call double @llvm.rint.f64(double %8)
  %10 = fneg double %9
  %11 = tail call double @llvm.fma.f64(double %10, double 0x3F762E42FEE00000, double %7)
  %12 = fmul double %9, 0x3D7A39EF35793C76
  %13 = fneg double %12
  %14 = tail call double @llvm.fma.f64(double %9, double 0x3D7A39EF35793C76, double %13)
  %15 = fsub double %11, %12
  %16 = fsub double %15, %11
  %17 = fsub double %15, %16
  %18 = fsub double %11, %17
  %19 = fsub double %13, %16
  %20 = fadd double %19, %18
  %21 = fsub double %20, %14
  %22 = fadd double %21, 0.000000e+00
  %23 = fmul double %15, %15
  %24 = tail call double @llvm.fma.f64(double %15, double 0x3FC5555555555555, double 5.000000e-01)
  %25 = tail call double @llvm.fma.f64(double %15, double 0x3F81111111111111, double 0x3FA5555555555555)
  %26 = tail call double @llvm.fma.f64(double %23, double 0x3F56C16C16C16C17, double %25)
  %27 = tail call double @llvm.fma.f64(double %26, double %23, double %24)
  %28 = tail call double @llvm.fma.f64(double %23, double %27, double %15)
  %29 = tail call double @llvm.fma.f64(double %22, double %28, double %22)
  %30 = fadd double %28, %29
  %31 = fptosi double %9 to i64
  %32 = and i64 %31, 127
  %33 = lshr i64 %31, 7
  %34 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %32
  %35 = load double, ptr %34, align 8
  %36 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %32
  %37 = load double, ptr %36, align 8
  %38 = tail call double @llvm.fma.f64(double %35, double %30, double %37)
  %39 = fadd double %35, %38
  %40 = ashr i64 %31, 8
  %41 = shl i64 %40, 52
  %42 = add i64 %41, 4607182418800017408
  %43 = bitcast i64 %42 to double
  %44 = sub nsw i64 %33, %40
  %45 = shl i64 %44, 52
  %46 = add i64 %45, 4607182418800017408
  %47 = bitcast i64 %46 to double
  %48 = fmul double %39, %43
  %49 = fmul double %48, %47
  %50 = select i1 %3, double 0x7FF0000000000000, double %49
  %51 = select i1 %4, double 0.000000e+00, double %50
  %52 = fadd double %0, %0
  %53 = select i1 %2, double %52, double %51
  ret double %53
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_exp2(double noundef %0) local_unnamed_addr {
  %2 = fmul double %0, 0x3FE62E42FEFA39EF
  %3 = fneg double %2
  %4 = tail call double @llvm.fma.f64(double %0, double 0x3FE62E42FEFA39EF, double %3)
  %5 = fmul double %0, 0x3C7ABC9E3B39803F
  %6 = fadd double %5, %4
  %7 = fcmp uno double %2, 0.000000e+00
  %8 = fcmp ogt double %2, 7.100000e+02
  %9 = fcmp olt double %2, -7.460000e+02
  %10 = or i1 %7, %8
  %11 = or i1 %9, %10
  %12 = select i1 %11, double 0.000000e+00, double %2
  %13 = fmul double %12, 0x40671547652B82FE
  %14 = tail call double @llvm.rint.f64(double %13)
  %15 = fneg double %14
  %16 = tail call double @llvm.fma.f64(double %15, double 0x3F762E42FEE00000, double %12)
  %17 = fmul double %14, 0x3D7A39EF35793C76
  %18 = fneg double %17
  %19 = tail call double @llvm.fma.f64(double %14, double 0x3D7A39EF35793C76, double %18)
  %20 = fsub double %16, %17
  %21 = fsub double %20, %16
  %22 = fsub double %20, %21
  %23 = fsub double %16, %22
  %24 = fsub double %18, %21
  %25 = fadd double %24, %23
  %26 = fsub double %25, %19
  %27 = select i1 %11, double 0.000000e+00, double %6
  %28 = fadd double %27, %26
  %29 = fmul double %20, %20
  %30 = tail call double @llvm.fma.f64(double %20, double 0x3FC5555555555555, double 5.000000e-01)
  %31 = tail call double @llvm.fma.f64(double %20, double 0x3F81111111111111, double 0x3FA5555555555555)
  %32 = tail call double @llvm.fma.f64(double %29, double 0x3F56C16C16C16C17, double %31)
  %33 = tail call double @llvm.fma.f64(double %32, double %29, double %30)
  %34 = tail call double @llvm.fma.f64(double %29, double %33, double %20)
  %35 = tail call double @llvm.fma.f64(double %28, double %34, double %28)
  %36 = fadd double %34, %35
  %37 = fptosi double %14 to i64
  %38 = and i64 %37, 127
  %39 = lshr i64 %37, 7
  %40 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %38
  %41 = load double, ptr %40, align 8
  %42 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %38
  %43 = load double, ptr %42, align 8
  %44 = tail call double @llvm.fma.f64(double %41, double %36, double %43)
  %45 = fadd double %41, %44
  %46 = ashr i64 %37, 8
  %47 = shl i64 %46, 52
  %48 = add i64 %47, 4607182418800017408
  %49 = bitcast i64 %48 to double
  %50 = sub nsw i64 %39, %46
  %51 = shl i64 %50, 52
  %52 = add i64 %51, 4607182418800017408
  %53 = bitcast i64 %52 to double
  %54 = fmul double %45, %49
  %55 = fmul double %54, %53
  %56 = select i1 %8, double 0x7FF0000000000000, double %55
  %57 = select i1 %9, double 0.000000e+00, double %56
  %58 = fadd double %2, %2
  %59 = select i1 %7, double %58, double %57
  ret double %59
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_exp10(double noundef %0) local_unnamed_addr {
  %2 = fcmp ord double %0, 0.000000e+00
  br i1 %2, label %5, label %3

3:                                                ; preds = %1
  %4 = fadd double %0, %0
  br label %96

5:                                                ; preds = %1
  %6 = fcmp ogt double %0, 3.200000e+02
  br i1 %6, label %96, label %7

7:                                                ; preds = %5
  %8 = fcmp olt double %0, -3.300000e+02
  br i1 %8, label %96, label %9

9:                                                ; preds = %7
  %10 = fmul double %0, 0x400A934F0979A371
  %11 = tail call double @llvm.rint.f64(double %10)
  %12 = fneg double %11
  %13 = tail call double @llvm.fma.f64(double %12, double 0x3FD3441350800000, double %0)
  %14 = fmul double %11, 0xBDDF79FEF311F12B
  %15 = tail call double @llvm.fma.f64(double %11, double 0x3DDF79FEF311F12B, double %14)
  %16 = fadd double %13, %14
  %17 = fsub double %16, %13
  %18 = fsub double %16, %17
  %19 = fsub double %13, %18
  %20 = fsub double %14, %17
  %21 = fadd double %20, %19
  %22 = fsub double %21, %15
  %23 = fmul double %16, 0x40026BB1BBB55516
  %24 = fneg double %23
  %25 = tail call double @llvm.fma.f64(double %16, double 0x40026BB1BBB55516, double %24)
  %26 = fmul double %16, 0x3CAF48AD494EA3E9
  %27 = fsub double %25, %26
  %28 = fmul double %22, 0x40026BB1BBB55516
  %29 = fadd double %27, %28
  %30 = fptosi double %11 to i32
  %31 = ashr i32 %30, 1
  %32 = fcmp uno double %23, 0.000000e+00
  %33 = fcmp ogt double %23, 7.100000e+02
  %34 = fcmp olt double %23, -7.460000e+02
  %35 = or i1 %32, %33
  %36 = or i1 %34, %35
  %37 = select i1 %36, double 0.000000e+00, double %23
  %38 = fmul double %37, 0x40671547652B82FE
  %39 = tail call double @llvm.rint.f64(double %38)
  %40 = fneg double %39
  %41 = tail call double @llvm.fma.f64(double %40, double 0x3F762E42FEE00000, double %37)
  %42 = fmul double %39, 0x3D7A39EF35793C76
  %43 = fneg double %42
  %44 = tail call double @llvm.fma.f64(double %39, double 0x3D7A39EF35793C76, double %43)
  %45 = fsub double %41, %42
  %46 = fsub double %45, %41
  %47 = fsub double %45, %46
  %48 = fsub double %41, %47
  %49 = fsub double %43, %46
  %50 = fadd double %49, %48
  %51 = fsub double %50, %44
  %52 = select i1 %36, double 0.000000e+00, double %29
  %53 = fadd double %52, %51
  %54 = fmul double %45, %45
  %55 = tail call double @llvm.fma.f64(double %45, double 0x3FC5555555555555, double 5.000000e-01)
  %56 = tail call double @llvm.fma.f64(double %45, double 0x3F81111111111111, double 0x3FA5555555555555)
  %57 = tail call double @llvm.fma.f64(double %54, double 0x3F56C16C16C16C17, double %56)
  %58 = tail call double @llvm.fma.f64(double %57, double %54, double %55)
  %59 = tail call double @llvm.fma.f64(double %54, double %58, double %45)
  %60 = tail call double @llvm.fma.f64(double %53, double %59, double %53)
  %61 = fadd double %59, %60
  %62 = fptosi double %39 to i64
  %63 = and i64 %62, 127
  %64 = lshr i64 %62, 7
  %65 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %63
  %66 = load double, ptr %65, align 8
  %67 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %63
  %68 = load double, ptr %67, align 8
  %69 = tail call double @llvm.fma.f64(double %66, double %61, double %68)
  %70 = fadd double %66, %69
  %71 = ashr i64 %62, 8
  %72 = shl i64 %71, 52
  %73 = add i64 %72, 4607182418800017408
  %74 = bitcast i64 %73 to double
  %75 = sub nsw i64 %64, %71
  %76 = shl i64 %75, 52
  %77 = add i64 %76, 4607182418800017408
  %78 = bitcast i64 %77 to double
  %79 = fmul double %70, %74
  %80 = fmul double %79, %78
  %81 = select i1 %33, double 0x7FF0000000000000, double %80
  %82 = select i1 %34, double 0.000000e+00, double %81
  %83 = fadd double %23, %23
  %84 = select i1 %32, double %83, double %82
  %85 = add nsw i32 %31, 1023
  %86 = zext i32 %85 to i64
  %87 = shl i64 %86, 52
  %88 = bitcast i64 %87 to double
  %89 = fmul double %84, %88
  %90 = add i32 %30, 1023
  %91 = sub i32 %90, %31
  %92 = zext i32 %91 to i64
  %93 = shl i64 %92, 52
  %94 = bitcast i64 %93 to double
  %95 = fmul double %89, %94
  br label %96

96:                                               ; preds = %7, %5, %9, %3
  %97 = phi double [ %4, %3 ], [ %95, %9 ], [ 0x7FF0000000000000, %5 ], [ 0.000000e+00, %7 ]
  ret double %97
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.rint.f64(double)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fma.f64(double, double, double)

; Function Attrs: inlinehint mustprogress nofree nosync nounwind willreturn memory(none)
define internal fastcc double @exp_dd_gen_d(double noundef %0, double noundef %1) unnamed_addr {
  %3 = fcmp uno double %0, 0.000000e+00
  %4 = fcmp ogt double %0, 7.100000e+02
  %5 = fcmp olt double %0, -7.460000e+02
  %6 = or i1 %3, %4
  %7 = or i1 %5, %6
  %8 = select i1 %7, double 0.000000e+00, double %0
  %9 = fmul double %8, 0x40671547652B82FE
  %10 = tail call double @llvm.rint.f64(double %9)
  %11 = fneg double %10
  %12 = tail call double @llvm.fma.f64(double %11, double 0x3F762E42FEE00000, double %8)
  %13 = fmul double %10, 0x3D7A39EF35793C76
  %14 = fneg double %13
  %15 = tail call double @llvm.fma.f64(double %10, double 0x3D7A39EF35793C76, double %14)
  %16 = fsub double %12, %13
  %17 = fsub double %16, %12
  %18 = fsub double %16, %17
  %19 = fsub double %12, %18
  %20 = fsub double %14, %17
  %21 = fadd double %20, %19
  %22 = fsub double %21, %15
  %23 = select i1 %7, double 0.000000e+00, double %1
  %24 = fadd double %23, %22
  %25 = fmul double %16, %16
  %26 = tail call double @llvm.fma.f64(double %16, double 0x3FC5555555555555, double 5.000000e-01)
  %27 = tail call double @llvm.fma.f64(double %16, double 0x3F81111111111111, double 0x3FA5555555555555)
  %28 = tail call double @llvm.fma.f64(double %25, double 0x3F56C16C16C16C17, double %27)
  %29 = tail call double @llvm.fma.f64(double %28, double %25, double %26)
  %30 = tail call double @llvm.fma.f64(double %25, double %29, double %16)
  %31 = tail call double @llvm.fma.f64(double %24, double %30, double %24)
  %32 = fadd double %30, %31
  %33 = fptosi double %10 to i64
  %34 = and i64 %33, 127
  %35 = lshr i64 %33, 7
  %36 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %34
  %37 = load double, ptr %36, align 8
  %38 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %34
  %39 = load double, ptr %38, align 8
  %40 = tail call double @llvm.fma.f64(double %37, double %32, double %39)
  %41 = fadd double %37, %40
  %42 = ashr i64 %33, 8
  %43 = shl i64 %42, 52
  %44 = add i64 %43, 4607182418800017408
  %45 = bitcast i64 %44 to double
  %46 = sub nsw i64 %35, %42
  %47 = shl i64 %46, 52
  %48 = add i64 %47, 4607182418800017408
  %49 = bitcast i64 %48 to double
  %50 = fmul double %41, %45
  %51 = fmul double %50, %49
  %52 = select i1 %4, double 0x7FF0000000000000, double %51
  %53 = select i1 %5, double 0.000000e+00, double %52
  %54 = fadd double %0, %0
  %55 = select i1 %3, double %54, double %53
  ret double %55
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture)

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_expm1(double noundef %0) local_unnamed_addr {
  %2 = tail call double @llvm.fabs.f64(double %0)
  %3 = fcmp ord double %0, 0.000000e+00
  br i1 %3, label %6, label %4

4:                                                ; preds = %1
  %5 = fadd double %0, %0
  br label %144

6:                                                ; preds = %1
  %7 = fcmp olt double %2, 0x3C90000000000000
  br i1 %7, label %144, label %8

8:                                                ; preds = %6
  %9 = fcmp ogt double %0, 7.100000e+02
  br i1 %9, label %144, label %10

10:                                               ; preds = %8
  %11 = fcmp olt double %0, -4.000000e+01
  br i1 %11, label %144, label %12

12:                                               ; preds = %10
  %13 = fcmp ugt double %2, 3.400000e-01
  br i1 %13, label %43, label %14

14:                                               ; preds = %12
  %15 = tail call double @llvm.fma.f64(double %0, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %16 = tail call double @llvm.fma.f64(double %15, double %0, double 0x3E21EED8EFF8D898)
  %17 = tail call double @llvm.fma.f64(double %16, double %0, double 0x3E5AE64567F544E4)
  %18 = tail call double @llvm.fma.f64(double %17, double %0, double 0x3E927E4FB7789F5C)
  %19 = tail call double @llvm.fma.f64(double %18, double %0, double 0x3EC71DE3A556C734)
  %20 = tail call double @llvm.fma.f64(double %19, double %0, double 0x3EFA01A01A01A01A)
  %21 = tail call double @llvm.fma.f64(double %20, double %0, double 0x3F2A01A01A01A01A)
  %22 = tail call double @llvm.fma.f64(double %21, double %0, double 0x3F56C16C16C16C17)
  %23 = tail call double @llvm.fma.f64(double %22, double %0, double 0x3F81111111111111)
  %24 = tail call double @llvm.fma.f64(double %23, double %0, double 0x3FA5555555555555)
  %25 = tail call double @llvm.fma.f64(double %24, double %0, double 0x3FC5555555555555)
  %26 = tail call double @llvm.fma.f64(double %25, double %0, double 5.000000e-01)
  %27 = fmul double %0, %0
  %28 = fneg double %27
  %29 = tail call double @llvm.fma.f64(double %0, double %0, double %28)
  %30 = fmul double %27, %26
  %31 = fneg double %30
  %32 = tail call double @llvm.fma.f64(double %27, double %26, double %31)
  %33 = fmul double %29, %26
  %34 = fadd double %33, %32
  %35 = fadd double %30, %0
  %36 = fsub double %35, %0
  %37 = fsub double %35, %36
  %38 = fsub double %0, %37
  %39 = fsub double %30, %36
  %40 = fadd double %39, %38
  %41 = fadd double %34, %40
  %42 = fadd double %35, %41
  br label %144

43:                                               ; preds = %12
  %44 = fmul double %0, 0x3FF71547652B82FE
  %45 = tail call double @llvm.rint.f64(double %44)
  %46 = fcmp ogt double %45, 6.000000e+01
  br i1 %46, label %47, label %94

47:                                               ; preds = %43
  %48 = fcmp olt double %0, -7.460000e+02
  %49 = select i1 %48, double 0.000000e+00, double %0
  %50 = fmul double %49, 0x40671547652B82FE
  %51 = tail call double @llvm.rint.f64(double %50)
  %52 = fneg double %51
  %53 = tail call double @llvm.fma.f64(double %52, double 0x3F762E42FEE00000, double %49)
  %54 = fmul double %51, 0x3D7A39EF35793C76
  %55 = fneg double %54
  %56 = tail call double @llvm.fma.f64(double %51, double 0x3D7A39EF35793C76, double %55)
  %57 = fsub double %53, %54
  %58 = fsub double %57, %53
  %59 = fsub double %57, %58
  %60 = fsub double %53, %59
  %61 = fsub double %55, %58
  %62 = fadd double %61, %60
  %63 = fsub double %62, %56
  %64 = fadd double %63, 0.000000e+00
  %65 = fmul double %57, %57
  %66 = tail call double @llvm.fma.f64(double %57, double 0x3FC5555555555555, double 5.000000e-01)
  %67 = tail call double @llvm.fma.f64(double %57, double 0x3F81111111111111, double 0x3FA5555555555555)
  %68 = tail call double @llvm.fma.f64(double %65, double 0x3F56C16C16C16C17, double %67)
  %69 = tail call double @llvm.fma.f64(double %68, double %65, double %66)
  %70 = tail call double @llvm.fma.f64(double %65, double %69, double %57)
  %71 = tail call double @llvm.fma.f64(double %64, double %70, double %64)
  %72 = fadd double %70, %71
  %73 = fptosi double %51 to i64
  %74 = and i64 %73, 127
  %75 = lshr i64 %73, 7
  %76 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %74
  %77 = load double, ptr %76, align 8
  %78 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %74
  %79 = load double, ptr %78, align 8
  %80 = tail call double @llvm.fma.f64(double %77, double %72, double %79)
  %81 = fadd double %77, %80
  %82 = ashr i64 %73, 8
  %83 = shl i64 %82, 52
  %84 = add i64 %83, 4607182418800017408
  %85 = bitcast i64 %84 to double
  %86 = sub nsw i64 %75, %82
  %87 = shl i64 %86, 52
  %88 = add i64 %87, 4607182418800017408
  %89 = bitcast i64 %88 to double
  %90 = fmul double %81, %85
  %91 = fmul double %90, %89
  %92 = fadd double %91, -1.000000e+00
  %93 = select i1 %48, double -1.000000e+00, double %92
  br label %144

94:                                               ; preds = %43
  %95 = fneg double %45
  %96 = tail call double @llvm.fma.f64(double %95, double 0x3FE62E42FEE00000, double %0)
  %97 = fmul double %45, 0x3DEA39EF35793C76
  %98 = fneg double %97
  %99 = tail call double @llvm.fma.f64(double %45, double 0x3DEA39EF35793C76, double %98)
  %100 = fsub double %96, %97
  %101 = fsub double %100, %96
  %102 = fsub double %100, %101
  %103 = fsub double %96, %102
  %104 = fsub double %98, %101
  %105 = fadd double %104, %103
  %106 = fsub double %105, %99
  %107 = tail call double @llvm.fma.f64(double %100, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %108 = tail call double @llvm.fma.f64(double %107, double %100, double 0x3E21EED8EFF8D898)
  %109 = tail call double @llvm.fma.f64(double %108, double %100, double 0x3E5AE64567F544E4)
  %110 = tail call double @llvm.fma.f64(double %109, double %100, double 0x3E927E4FB7789F5C)
  %111 = tail call double @llvm.fma.f64(double %110, double %100, double 0x3EC71DE3A556C734)
  %112 = tail call double @llvm.fma.f64(double %111, double %100, double 0x3EFA01A01A01A01A)
  %113 = tail call double @llvm.fma.f64(double %112, double %100, double 0x3F2A01A01A01A01A)
  %114 = tail call double @llvm.fma.f64(double %113, double %100, double 0x3F56C16C16C16C17)
  %115 = tail call double @llvm.fma.f64(double %114, double %100, double 0x3F81111111111111)
  %116 = tail call double @llvm.fma.f64(double %115, double %100, double 0x3FA5555555555555)
  %117 = tail call double @llvm.fma.f64(double %116, double %100, double 0x3FC5555555555555)
  %118 = tail call double @llvm.fma.f64(double %117, double %100, double 5.000000e-01)
  %119 = fmul double %100, %100
  %120 = fneg double %119
  %121 = tail call double @llvm.fma.f64(double %100, double %100, double %120)
  %122 = fmul double %119, %118
  %123 = fneg double %122
  %124 = tail call double @llvm.fma.f64(double %119, double %118, double %123)
  %125 = fmul double %121, %118
  %126 = fadd double %125, %124
  %127 = fadd double %100, %122
  %128 = fsub double %127, %100
  %129 = fsub double %127, %128
  %130 = fsub double %100, %129
  %131 = fsub double %122, %128
  %132 = fadd double %131, %130
  %133 = fadd double %126, %132
  %134 = fadd double %127, %133
  %135 = tail call double @llvm.fma.f64(double %106, double %134, double %106)
  %136 = fadd double %134, %135
  %137 = fptosi double %45 to i64
  %138 = shl i64 %137, 52
  %139 = add i64 %138, 4607182418800017408
  %140 = bitcast i64 %139 to double
  %141 = fmul double %136, %140
  %142 = fadd double %140, -1.000000e+00
  %143 = fadd double %142, %141
  br label %144

144:                                              ; preds = %4, %6, %8, %10, %14, %47, %94
  %145 = phi double [ %5, %4 ], [ %42, %14 ], [ %0, %6 ], [ 0x7FF0000000000000, %8 ], [ -1.000000e+00, %10 ], [ %93, %47 ], [ %143, %94 ]
  ret double %145
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_log(double noundef %0) local_unnamed_addr {
  %2 = fcmp uno double %0, 0.000000e+00
  %3 = fcmp olt double %0, 0.000000e+00
  %4 = fcmp oeq double %0, 0.000000e+00
  %5 = fcmp oeq double %0, 0x7FF0000000000000
  %6 = fcmp ule double %0, 0.000000e+00
  %7 = or i1 %6, %5
  %8 = select i1 %7, double 1.000000e+00, double %0
  %9 = fcmp olt double %8, 0x10000000000000
  %10 = fmul double %8, 0x4350000000000000
  %11 = select i1 %9, double %10, double %8
  %12 = bitcast double %11 to i64
  %13 = add i64 %12, -4604531861337669632
  %14 = lshr i64 %13, 45
  %15 = and i64 %14, 127
  %16 = ashr i64 %13, 52
  %17 = and i64 %13, -4503599627370496
  %18 = sub i64 %12, %17
  %19 = bitcast i64 %18 to double
  %20 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %15
  %21 = load double, ptr %20, align 8
  %22 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %15
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %15
  %25 = load double, ptr %24, align 8
  %26 = fmul double %21, %19
  %27 = fneg double %26
  %28 = tail call double @llvm.fma.f64(double %19, double %21, double %27)
  %29 = fadd double %26, -1.000000e+00
  %30 = fadd double %29, %28
  %31 = fsub double %30, %29
  %32 = fsub double %28, %31
  %33 = sitofp i64 %16 to double
  %34 = select i1 %9, double -5.400000e+01, double 0.000000e+00
  %35 = fadd double %34, %33
  %36 = fmul double %35, 0x3FE62E42FEE00000
  %37 = fadd double %36, %23
  %38 = fsub double %37, %36
  %39 = fsub double %23, %38
  %40 = fadd double %37, %30
  %41 = fmul double %35, 0x3DEA39EF35793C76
  %42 = fadd double %41, %25
  %43 = fadd double %42, %39
  %44 = fsub double %37, %40
  %45 = fadd double %30, %44
  %46 = fmul double %30, -5.000000e-01
  %47 = fmul double %30, %46
  %48 = fadd double %40, %47
  %49 = fneg double %47
  %50 = tail call double @llvm.fma.f64(double %46, double %30, double %49)
  %51 = fsub double %40, %48
  %52 = fadd double %47, %51
  %53 = fmul double %30, %30
  %54 = fmul double %53, %53
  %55 = tail call double @llvm.fma.f64(double %30, double -2.500000e-01, double 0x3FD5555555555555)
  %56 = tail call double @llvm.fma.f64(double %30, double 0xBFC5555555555555, double 2.000000e-01)
  %57 = tail call double @llvm.fma.f64(double %30, double -1.250000e-01, double 0x3FC2492492492492)
  %58 = tail call double @llvm.fma.f64(double %30, double -1.000000e-01, double 0x3FBC71C71C71C71C)
  %59 = tail call double @llvm.fma.f64(double %58, double %53, double %57)
  %60 = tail call double @llvm.fma.f64(double %56, double %53, double %55)
  %61 = tail call double @llvm.fma.f64(double %59, double %54, double %60)
  %62 = fmul double %30, %53
  %63 = fadd double %43, %45
  %64 = fadd double %50, %63
  %65 = fadd double %64, %52
  %66 = fmul double %62, %61
  %67 = fadd double %66, %65
  %68 = fsub double 1.000000e+00, %30
  %69 = fmul double %68, %32
  %70 = fadd double %69, %67
  %71 = fadd double %48, %70
  %72 = fsub double %48, %71
  %73 = fadd double %70, %72
  %74 = fadd double %71, %73
  %75 = fcmp oeq double %0, 1.000000e+00
  %76 = select i1 %75, double 0.000000e+00, double %74
  %77 = select i1 %5, double %0, double %76
  %78 = select i1 %3, double 0x7FF8000000000000, double %77
  %79 = select i1 %4, double 0xFFF0000000000000, double %78
  %80 = fadd double %0, %0
  %81 = select i1 %2, double %80, double %79
  ret double %81
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_log2(double noundef %0) local_unnamed_addr {
  %2 = fcmp uno double %0, 0.000000e+00
  %3 = fcmp olt double %0, 0.000000e+00
  %4 = fcmp oeq double %0, 0.000000e+00
  %5 = fcmp oeq double %0, 0x7FF0000000000000
  %6 = fcmp ule double %0, 0.000000e+00
  %7 = or i1 %6, %5
  %8 = select i1 %7, double 1.000000e+00, double %0
  %9 = fcmp olt double %8, 0x10000000000000
  %10 = fmul double %8, 0x4350000000000000
  %11 = select i1 %9, double %10, double %8
  %12 = bitcast double %11 to i64
  %13 = add i64 %12, -4604531861337669632
  %14 = lshr i64 %13, 45
  %15 = and i64 %14, 127
  %16 = ashr i64 %13, 52
  %17 = and i64 %13, -4503599627370496
  %18 = sub i64 %12, %17
  %19 = bitcast i64 %18 to double
  %20 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %15
  %21 = load double, ptr %20, align 8
  %22 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %15
  %23 = load double, ptr %22, align 8
  %24 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %15
  %25 = load double, ptr %24, align 8
  %26 = fmul double %21, %19
  %27 = fneg double %26
  %28 = tail call double @llvm.fma.f64(double %19, double %21, double %27)
  %29 = fadd double %26, -1.000000e+00
  %30 = fadd double %29, %28
  %31 = fsub double %30, %29
  %32 = fsub double %28, %31
  %33 = sitofp i64 %16 to double
  %34 = select i1 %9, double -5.400000e+01, double 0.000000e+00
  %35 = fadd double %34, %33
  %36 = fmul double %35, 0x3FE62E42FEE00000
  %37 = fadd double %36, %23
  %38 = fsub double %37, %36
  %39 = fsub double %23, %38
  %40 = fadd double %37, %30
  %41 = fmul double %35, 0x3DEA39EF35793C76
  %42 = fadd double %41, %25
  %43 = fadd double %42, %39
  %44 = fsub double %37, %40
  %45 = fadd double %30, %44
  %46 = fmul double %30, -5.000000e-01
  %47 = fmul double %30, %46
  %48 = fadd double %40, %47
  %49 = fneg double %47
  %50 = tail call double @llvm.fma.f64(double %46, double %30, double %49)
  %51 = fsub double %40, %48
  %52 = fadd double %47, %51
  %53 = fmul double %30, %30
  %54 = fmul double %53, %53
  %55 = tail call double @llvm.fma.f64(double %30, double -2.500000e-01, double 0x3FD5555555555555)
  %56 = tail call double @llvm.fma.f64(double %30, double 0xBFC5555555555555, double 2.000000e-01)
  %57 = tail call double @llvm.fma.f64(double %30, double -1.250000e-01, double 0x3FC2492492492492)
  %58 = tail call double @llvm.fma.f64(double %30, double -1.000000e-01, double 0x3FBC71C71C71C71C)
  %59 = tail call double @llvm.fma.f64(double %58, double %53, double %57)
  %60 = tail call double @llvm.fma.f64(double %56, double %53, double %55)
  %61 = tail call double @llvm.fma.f64(double %59, double %54, double %60)
  %62 = fmul double %30, %53
  %63 = fadd double %43, %45
  %64 = fadd double %50, %63
  %65 = fadd double %64, %52
  %66 = fmul double %62, %61
  %67 = fadd double %66, %65
  %68 = fsub double 1.000000e+00, %30
  %69 = fmul double %68, %32
  %70 = fadd double %69, %67
  %71 = fadd double %48, %70
  %72 = fsub double %48, %71
  %73 = fadd double %70, %72
  %74 = fmul double %71, 0x3FF71547652B82FE
  %75 = fneg double %74
  %76 = tail call double @llvm.fma.f64(double %71, double 0x3FF71547652B82FE, double %75)
  %77 = fmul double %71, 0x3C7777D0FFDA0D24
  %78 = fadd double %77, %76
  %79 = fmul double %73, 0x3FF71547652B82FE
  %80 = fadd double %78, %79
  %81 = fadd double %74, %80
  %82 = select i1 %5, double %0, double %81
  %83 = select i1 %3, double 0x7FF8000000000000, double %82
  %84 = select i1 %4, double 0xFFF0000000000000, double %83
  %85 = fadd double %0, %0
  %86 = select i1 %2, double %85, double %84
  ret double %86
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_log10(double noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = fcmp ord double %0, 0.000000e+00
  br i1 %4, label %7, label %5

5:                                                ; preds = %1
  %6 = fadd double %0, %0
  br label %28

7:                                                ; preds = %1
  %8 = fcmp oeq double %0, 0.000000e+00
  br i1 %8, label %28, label %9

9:                                                ; preds = %7
  %10 = fcmp olt double %0, 0.000000e+00
  br i1 %10, label %11, label %14

11:                                               ; preds = %9
  %12 = fsub double %0, %0
  %13 = fdiv double %12, %12
  br label %28

14:                                               ; preds = %9
  %15 = tail call double @llvm.fabs.f64(double %0)
  %16 = fcmp une double %15, 0x7FF0000000000000
  br i1 %16, label %17, label %28

17:                                               ; preds = %14
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  call fastcc void @log_dd(double noundef %0, ptr noundef nonnull %2, ptr noundef nonnull %3)
  %18 = load double, ptr %2, align 8
  %19 = fmul double %18, 0x3FDBCB7B1526E50E
  %20 = fneg double %19
  %21 = tail call double @llvm.fma.f64(double %18, double 0x3FDBCB7B1526E50E, double %20)
  %22 = fmul double %18, 0x3C695355BAAAFAD3
  %23 = fadd double %22, %21
  %24 = load double, ptr %3, align 8
  %25 = fmul double %24, 0x3FDBCB7B1526E50E
  %26 = fadd double %25, %23
  %27 = fadd double %19, %26
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %28

28:                                               ; preds = %5, %7, %11, %14, %17
  %29 = phi double [ %27, %17 ], [ %13, %11 ], [ %6, %5 ], [ 0xFFF0000000000000, %7 ], [ %0, %14 ]
  ret double %29
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(argmem: write)
define internal fastcc void @log_dd(double noundef %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef writeonly %2) unnamed_addr {
  %4 = bitcast double %0 to i64
  %5 = icmp ult i64 %4, 4503599627370496
  %6 = fmul double %0, 0x4350000000000000
  %7 = bitcast double %6 to i64
  %8 = select i1 %5, i32 -54, i32 0
  %9 = select i1 %5, i64 %7, i64 %4
  %10 = add i64 %9, -4604531861337669632
  %11 = lshr i64 %10, 45
  %12 = and i64 %11, 127
  %13 = ashr i64 %10, 52
  %14 = trunc i64 %13 to i32
  %15 = add nsw i32 %8, %14
  %16 = and i64 %10, -4503599627370496
  %17 = sub i64 %9, %16
  %18 = bitcast i64 %17 to double
  %19 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %12
  %20 = load double, ptr %19, align 8
  %21 = fmul double %20, %18
  %22 = fneg double %21
  %23 = tail call double @llvm.fma.f64(double %18, double %20, double %22)
  %24 = fadd double %21, -1.000000e+00
  %25 = fadd double %24, %23
  %26 = fsub double %25, %24
  %27 = fsub double %23, %26
  %28 = sitofp i32 %15 to double
  %29 = fmul double %28, 0x3FE62E42FEE00000
  %30 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %12
  %31 = load double, ptr %30, align 8
  %32 = fadd double %29, %31
  %33 = fsub double %32, %29
  %34 = fsub double %32, %33
  %35 = fsub double %29, %34
  %36 = fsub double %31, %33
  %37 = fadd double %36, %35
  %38 = fadd double %32, %25
  %39 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %12
  %40 = load double, ptr %39, align 8
  %41 = fsub double %32, %38
  %42 = fadd double %25, %41
  %43 = tail call double @llvm.fabs.f64(double %32)
  %44 = tail call double @llvm.fabs.f64(double %25)
  %45 = fcmp olt double %43, %44
  %46 = fsub double %25, %38
  %47 = fadd double %32, %46
  %48 = select i1 %45, double %47, double %42
  %49 = fmul double %25, -5.000000e-01
  %50 = fmul double %25, %49
  %51 = fadd double %38, %50
  %52 = fsub double %38, %51
  %53 = fadd double %50, %52
  %54 = tail call double @llvm.fabs.f64(double %38)
  %55 = tail call double @llvm.fabs.f64(double %50)
  %56 = fcmp olt double %54, %55
  %57 = fsub double %50, %51
  %58 = fadd double %38, %57
  %59 = select i1 %56, double %58, double %53
  %60 = fneg double %50
  %61 = tail call double @llvm.fma.f64(double %49, double %25, double %60)
  %62 = fmul double %28, 0x3DEA39EF35793C76
  %63 = fadd double %62, %40
  %64 = fadd double %63, %37
  %65 = tail call double @llvm.fma.f64(double %25, double -1.000000e-01, double 0x3FBC71C71C71C71C)
  %66 = tail call double @llvm.fma.f64(double %65, double %25, double -1.250000e-01)
  %67 = tail call double @llvm.fma.f64(double %66, double %25, double 0x3FC2492492492492)
  %68 = tail call double @llvm.fma.f64(double %67, double %25, double 0xBFC5555555555555)
  %69 = tail call double @llvm.fma.f64(double %68, double %25, double 2.000000e-01)
  %70 = tail call double @llvm.fma.f64(double %69, double %25, double -2.500000e-01)
  %71 = tail call double @llvm.fma.f64(double %70, double %25, double 0x3FD5555555555555)
  %72 = fmul double %25, %25
  %73 = fmul double %25, %72
  %74 = fadd double %64, %48
  %75 = fadd double %61, %74
  %76 = fadd double %75, %59
  %77 = fmul double %73, %71
  %78 = fadd double %76, %77
  %79 = fsub double 1.000000e+00, %25
  %80 = fmul double %79, %27
  %81 = fadd double %80, %78
  %82 = fadd double %51, %81
  %83 = fsub double %51, %82
  %84 = fadd double %81, %83
  store double %84, ptr %2, align 8
  store double %82, ptr %1, align 8
  ret void
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_log1p(double noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = fcmp ord double %0, 0.000000e+00
  br i1 %4, label %7, label %5

5:                                                ; preds = %1
  %6 = fadd double %0, %0
  br label %32

7:                                                ; preds = %1
  %8 = fcmp oeq double %0, -1.000000e+00
  br i1 %8, label %32, label %9

9:                                                ; preds = %7
  %10 = fcmp olt double %0, -1.000000e+00
  br i1 %10, label %11, label %14

11:                                               ; preds = %9
  %12 = fsub double %0, %0
  %13 = fdiv double %12, %12
  br label %32

14:                                               ; preds = %9
  %15 = tail call double @llvm.fabs.f64(double %0)
  %16 = fcmp oeq double %15, 0x7FF0000000000000
  %17 = fcmp olt double %15, 0x3C90000000000000
  %18 = or i1 %16, %17
  br i1 %18, label %32, label %19

19:                                               ; preds = %14
  %20 = fadd double %0, 1.000000e+00
  %21 = fcmp olt double %15, 1.000000e+00
  %22 = fadd double %20, -1.000000e+00
  %23 = fsub double %0, %22
  %24 = fsub double %0, %20
  %25 = fadd double %24, 1.000000e+00
  %26 = select i1 %21, double %23, double %25
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  call fastcc void @log_dd(double noundef %20, ptr noundef nonnull %2, ptr noundef nonnull %3)
  %27 = load double, ptr %2, align 8
  %28 = load double, ptr %3, align 8
  %29 = fdiv double %26, %20
  %30 = fadd double %29, %28
  %31 = fadd double %27, %30
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %32

32:                                               ; preds = %14, %7, %19, %11, %5
  %33 = phi double [ %6, %5 ], [ %13, %11 ], [ %31, %19 ], [ 0xFFF0000000000000, %7 ], [ %0, %14 ]
  ret double %33
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_pow(double noundef %0, double noundef %1) local_unnamed_addr {
  %3 = fcmp ogt double %0, 0.000000e+00
  %4 = fcmp olt double %0, 0x7FF0000000000000
  %5 = and i1 %3, %4
  %6 = tail call double @llvm.fabs.f64(double %1)
  %7 = fcmp ole double %6, 0x43F0000000000000
  %8 = and i1 %5, %7
  %9 = fcmp une double %1, 0.000000e+00
  %10 = and i1 %9, %8
  %11 = fcmp une double %0, 1.000000e+00
  %12 = and i1 %11, %10
  br i1 %12, label %13, label %15

13:                                               ; preds = %2
  %14 = tail call fastcc double @pow_gen_d(double noundef %0, double noundef %1)
  br label %83

15:                                               ; preds = %2
  %16 = fcmp oeq double %1, 0.000000e+00
  %17 = fcmp oeq double %0, 1.000000e+00
  %18 = or i1 %17, %16
  br i1 %18, label %83, label %19

19:                                               ; preds = %15
  %20 = fcmp ord double %0, %1
  br i1 %20, label %23, label %21

21:                                               ; preds = %19
  %22 = fadd double %0, %1
  br label %83

23:                                               ; preds = %19
  %24 = tail call double @llvm.fabs.f64(double %0)
  %25 = fcmp une double %6, 0x7FF0000000000000
  br i1 %25, label %33, label %26

26:                                               ; preds = %23
  %27 = fcmp oeq double %24, 1.000000e+00
  br i1 %27, label %83, label %28

28:                                               ; preds = %26
  %29 = fcmp uge double %24, 1.000000e+00
  %30 = fcmp olt double %1, 0.000000e+00
  %31 = xor i1 %29, %30
  %32 = select i1 %31, double 0x7FF0000000000000, double 0.000000e+00
  br label %83

33:                                               ; preds = %23
  %34 = tail call double @llvm.trunc.f64(double %1)
  %35 = fcmp une double %34, %1
  br i1 %35, label %43, label %36

36:                                               ; preds = %33
  %37 = fcmp ult double %6, 0x4340000000000000
  br i1 %37, label %38, label %43

38:                                               ; preds = %36
  %39 = fmul double %1, 5.000000e-01
  %40 = tail call double @llvm.trunc.f64(double %39)
  %41 = fcmp une double %40, %39
  %42 = select i1 %41, i32 1, i32 2
  br label %43

43:                                               ; preds = %33, %36, %38
  %44 = phi i32 [ %42, %38 ], [ 0, %33 ], [ 2, %36 ]
  %45 = fcmp oeq double %0, 0.000000e+00
  br i1 %45, label %46, label %52

46:                                               ; preds = %43
  %47 = fcmp olt double %1, 0.000000e+00
  %48 = select i1 %47, double 0x7FF0000000000000, double 0.000000e+00
  %49 = icmp eq i32 %44, 1
  %50 = tail call double @llvm.copysign.f64(double %48, double %0)
  %51 = select i1 %49, double %50, double %48
  br label %83

52:                                               ; preds = %43
  %53 = fcmp une double %24, 0x7FF0000000000000
  br i1 %53, label %62, label %54

54:                                               ; preds = %52
  %55 = fcmp olt double %1, 0.000000e+00
  %56 = select i1 %55, double 0.000000e+00, double 0x7FF0000000000000
  %57 = fcmp olt double %0, 0.000000e+00
  %58 = icmp eq i32 %44, 1
  %59 = and i1 %57, %58
  %60 = fneg double %56
  %61 = select i1 %59, double %60, double %56
  br label %83

62:                                               ; preds = %52
  %63 = fcmp olt double %0, 0.000000e+00
  br i1 %63, label %64, label %69

64:                                               ; preds = %62
  switch i32 %44, label %69 [
    i32 0, label %65
    i32 1, label %68
  ]

65:                                               ; preds = %64
  %66 = fsub double %0, %0
  %67 = fdiv double %66, %66
  br label %83

68:                                               ; preds = %64
  br label %69

69:                                               ; preds = %64, %68, %62
  %70 = phi double [ -1.000000e+00, %68 ], [ 1.000000e+00, %62 ], [ 1.000000e+00, %64 ]
  %71 = fcmp ogt double %6, 0x43F0000000000000
  %72 = fcmp oeq double %24, 1.000000e+00
  br i1 %71, label %73, label %79

73:                                               ; preds = %69
  br i1 %72, label %83, label %74

74:                                               ; preds = %73
  %75 = fcmp ule double %24, 1.000000e+00
  %76 = fcmp ogt double %1, 0.000000e+00
  %77 = xor i1 %75, %76
  %78 = select i1 %77, double 0x7FF0000000000000, double 0.000000e+00
  br label %83

79:                                               ; preds = %69
  br i1 %72, label %83, label %80

80:                                               ; preds = %79
  %81 = tail call fastcc double @pow_gen_d(double noundef %24, double noundef %1)
  %82 = fmul double %70, %81
  br label %83

83:                                               ; preds = %46, %28, %26, %65, %80, %73, %74, %79, %54, %15, %21, %13
  %84 = phi double [ %14, %13 ], [ %22, %21 ], [ 1.000000e+00, %15 ], [ %32, %28 ], [ 1.000000e+00, %26 ], [ %61, %54 ], [ %67, %65 ], [ %82, %80 ], [ %78, %74 ], [ 1.000000e+00, %73 ], [ %70, %79 ], [ %51, %46 ]
  ret double %84
}

; Function Attrs: inlinehint mustprogress nofree nosync nounwind willreturn memory(none)
define internal fastcc double @pow_gen_d(double noundef %0, double noundef %1) unnamed_addr {
  %3 = fcmp ogt double %0, 0.000000e+00
  %4 = fcmp olt double %0, 0x7FF0000000000000
  %5 = and i1 %3, %4
  %6 = tail call double @llvm.fabs.f64(double %1)
  %7 = fcmp ole double %6, 0x43F0000000000000
  %8 = and i1 %5, %7
  %9 = fcmp une double %1, 0.000000e+00
  %10 = and i1 %9, %8
  %11 = fcmp une double %0, 1.000000e+00
  %12 = and i1 %11, %10
  %13 = select i1 %12, double %0, double 2.000000e+00
  %14 = select i1 %12, double %1, double 1.000000e+00
  %15 = fcmp olt double %13, 0x10000000000000
  %16 = fmul double %13, 0x4350000000000000
  %17 = select i1 %15, double %16, double %13
  %18 = bitcast double %17 to i64
  %19 = add i64 %18, -4604531861337669632
  %20 = lshr i64 %19, 45
  %21 = and i64 %20, 127
  %22 = ashr i64 %19, 52
  %23 = and i64 %19, -4503599627370496
  %24 = sub i64 %18, %23
  %25 = bitcast i64 %24 to double
  %26 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %21
  %27 = load double, ptr %26, align 8
  %28 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %21
  %29 = load double, ptr %28, align 8
  %30 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %21
  %31 = load double, ptr %30, align 8
  %32 = fmul double %27, %25
  %33 = fneg double %32
  %34 = tail call double @llvm.fma.f64(double %25, double %27, double %33)
  %35 = fadd double %32, -1.000000e+00
  %36 = fadd double %35, %34
  %37 = fsub double %36, %35
  %38 = fsub double %34, %37
  %39 = sitofp i64 %22 to double
  %40 = select i1 %15, double -5.400000e+01, double 0.000000e+00
  %41 = fadd double %40, %39
  %42 = fmul double %41, 0x3FE62E42FEE00000
  %43 = fadd double %42, %29
  %44 = fsub double %43, %42
  %45 = fsub double %29, %44
  %46 = fadd double %43, %36
  %47 = fmul double %41, 0x3DEA39EF35793C76
  %48 = fadd double %47, %31
  %49 = fadd double %48, %45
  %50 = fsub double %43, %46
  %51 = fadd double %36, %50
  %52 = fmul double %36, -5.000000e-01
  %53 = fmul double %36, %52
  %54 = fadd double %46, %53
  %55 = fneg double %53
  %56 = tail call double @llvm.fma.f64(double %52, double %36, double %55)
  %57 = fsub double %46, %54
  %58 = fadd double %53, %57
  %59 = fmul double %36, %36
  %60 = fmul double %59, %59
  %61 = tail call double @llvm.fma.f64(double %36, double -2.500000e-01, double 0x3FD5555555555555)
  %62 = tail call double @llvm.fma.f64(double %36, double 0xBFC5555555555555, double 2.000000e-01)
  %63 = tail call double @llvm.fma.f64(double %36, double -1.250000e-01, double 0x3FC2492492492492)
  %64 = tail call double @llvm.fma.f64(double %36, double -1.000000e-01, double 0x3FBC71C71C71C71C)
  %65 = tail call double @llvm.fma.f64(double %64, double %59, double %63)
  %66 = tail call double @llvm.fma.f64(double %62, double %59, double %61)
  %67 = tail call double @llvm.fma.f64(double %65, double %60, double %66)
  %68 = fmul double %36, %59
  %69 = fadd double %49, %51
  %70 = fadd double %56, %69
  %71 = fadd double %70, %58
  %72 = fmul double %68, %67
  %73 = fadd double %72, %71
  %74 = fsub double 1.000000e+00, %36
  %75 = fmul double %74, %38
  %76 = fadd double %75, %73
  %77 = fadd double %54, %76
  %78 = fsub double %54, %77
  %79 = fadd double %76, %78
  %80 = fmul double %14, %77
  %81 = fneg double %80
  %82 = tail call double @llvm.fma.f64(double %14, double %77, double %81)
  %83 = fmul double %14, %79
  %84 = fadd double %82, %83
  %85 = fadd double %80, %84
  %86 = fsub double %85, %80
  %87 = fsub double %84, %86
  %88 = fcmp uno double %85, 0.000000e+00
  %89 = fcmp ogt double %85, 7.100000e+02
  %90 = fcmp olt double %85, -7.460000e+02
  %91 = or i1 %88, %89
  %92 = or i1 %90, %91
  %93 = select i1 %92, double 0.000000e+00, double %85
  %94 = fmul double %93, 0x40671547652B82FE
  %95 = tail call double @llvm.rint.f64(double %94)
  %96 = fneg double %95
  %97 = tail call double @llvm.fma.f64(double %96, double 0x3F762E42FEE00000, double %93)
  %98 = fmul double %95, 0x3D7A39EF35793C76
  %99 = fneg double %98
  %100 = tail call double @llvm.fma.f64(double %95, double 0x3D7A39EF35793C76, double %99)
  %101 = fsub double %97, %98
  %102 = fsub double %101, %97
  %103 = fsub double %101, %102
  %104 = fsub double %97, %103
  %105 = fsub double %99, %102
  %106 = fadd double %105, %104
  %107 = fsub double %106, %100
  %108 = select i1 %92, double 0.000000e+00, double %87
  %109 = fadd double %108, %107
  %110 = fmul double %101, %101
  %111 = tail call double @llvm.fma.f64(double %101, double 0x3FC5555555555555, double 5.000000e-01)
  %112 = tail call double @llvm.fma.f64(double %101, double 0x3F81111111111111, double 0x3FA5555555555555)
  %113 = tail call double @llvm.fma.f64(double %110, double 0x3F56C16C16C16C17, double %112)
  %114 = tail call double @llvm.fma.f64(double %113, double %110, double %111)
  %115 = tail call double @llvm.fma.f64(double %110, double %114, double %101)
  %116 = tail call double @llvm.fma.f64(double %109, double %115, double %109)
  %117 = fadd double %115, %116
  %118 = fptosi double %95 to i64
  %119 = and i64 %118, 127
  %120 = lshr i64 %118, 7
  %121 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %119
  %122 = load double, ptr %121, align 8
  %123 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %119
  %124 = load double, ptr %123, align 8
  %125 = tail call double @llvm.fma.f64(double %122, double %117, double %124)
  %126 = fadd double %122, %125
  %127 = ashr i64 %118, 8
  %128 = shl i64 %127, 52
  %129 = add i64 %128, 4607182418800017408
  %130 = bitcast i64 %129 to double
  %131 = sub nsw i64 %120, %127
  %132 = shl i64 %131, 52
  %133 = add i64 %132, 4607182418800017408
  %134 = bitcast i64 %133 to double
  %135 = fmul double %126, %130
  %136 = fmul double %135, %134
  %137 = select i1 %89, double 0x7FF0000000000000, double %136
  %138 = select i1 %90, double 0.000000e+00, double %137
  %139 = fadd double %85, %85
  %140 = select i1 %88, double %139, double %138
  ret double %140
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define dso_local double @pyir_sin(double noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = tail call double @llvm.fabs.f64(double %0)
  %5 = fcmp olt double %4, 5.242880e+05
  br i1 %5, label %6, label %84

6:                                                ; preds = %1
  %7 = fcmp olt double %4, 0x3E50000000000000
  br i1 %7, label %185, label %8

8:                                                ; preds = %6
  %9 = fmul double %4, 0x3FE45F306DC9C883
  %10 = tail call double @llvm.rint.f64(double %9)
  %11 = fmul double %10, 0x3FF921FB54400000
  %12 = fsub double %4, %11
  %13 = fmul double %10, 0xBDD0B4611A600000
  %14 = fadd double %13, %12
  %15 = fsub double %14, %12
  %16 = fsub double %14, %15
  %17 = fsub double %12, %16
  %18 = fsub double %13, %15
  %19 = fadd double %18, %17
  %20 = fmul double %10, 0xBBA3198A2E000000
  %21 = fadd double %20, %14
  %22 = fsub double %21, %14
  %23 = fsub double %21, %22
  %24 = fsub double %14, %23
  %25 = fsub double %20, %22
  %26 = fadd double %25, %24
  %27 = fadd double %19, %26
  %28 = fmul double %10, 0x397B839A252049C1
  %29 = fsub double %27, %28
  %30 = fadd double %21, %29
  %31 = fsub double %30, %21
  %32 = fsub double %29, %31
  %33 = fptosi double %10 to i64
  %34 = and i64 %33, 1
  %35 = icmp eq i64 %34, 0
  %36 = fmul double %30, %30
  br i1 %35, label %60, label %37

37:                                               ; preds = %8
  %38 = tail call double @llvm.fma.f64(double %36, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %39 = tail call double @llvm.fma.f64(double %38, double %36, double 0x3D2AE7F3E733B81F)
  %40 = tail call double @llvm.fma.f64(double %39, double %36, double 0xBDA93974A8C07C9D)
  %41 = tail call double @llvm.fma.f64(double %40, double %36, double 0x3E21EED8EFF8D898)
  %42 = tail call double @llvm.fma.f64(double %41, double %36, double 0xBE927E4FB7789F5C)
  %43 = tail call double @llvm.fma.f64(double %42, double %36, double 0x3EFA01A01A01A01A)
  %44 = tail call double @llvm.fma.f64(double %43, double %36, double 0xBF56C16C16C16C17)
  %45 = tail call double @llvm.fma.f64(double %44, double %36, double 0x3FA5555555555555)
  %46 = fmul double %36, 5.000000e-01
  %47 = fmul double %30, 5.000000e-01
  %48 = fneg double %46
  %49 = tail call double @llvm.fma.f64(double %47, double %30, double %48)
  %50 = fsub double 1.000000e+00, %46
  %51 = fsub double 1.000000e+00, %50
  %52 = fsub double %51, %46
  %53 = fmul double %36, %36
  %54 = fneg double %30
  %55 = fmul double %32, %54
  %56 = tail call double @llvm.fma.f64(double %53, double %45, double %55)
  %57 = fsub double %56, %49
  %58 = fadd double %52, %57
  %59 = fadd double %50, %58
  br label %75

60:                                               ; preds = %8
  %61 = tail call double @llvm.fma.f64(double %36, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %62 = tail call double @llvm.fma.f64(double %61, double %36, double 0xBD6AE7F3E733B81F)
  %63 = tail call double @llvm.fma.f64(double %62, double %36, double 0x3DE6124613A86D09)
  %64 = tail call double @llvm.fma.f64(double %63, double %36, double 0xBE5AE64567F544E4)
  %65 = tail call double @llvm.fma.f64(double %64, double %36, double 0x3EC71DE3A556C734)
  %66 = tail call double @llvm.fma.f64(double %65, double %36, double 0xBF2A01A01A01A01A)
  %67 = tail call double @llvm.fma.f64(double %66, double %36, double 0x3F81111111111111)
  %68 = tail call double @llvm.fma.f64(double %67, double %36, double 0xBFC5555555555555)
  %69 = fmul double %30, %36
  %70 = fmul double %36, 5.000000e-01
  %71 = fsub double 1.000000e+00, %70
  %72 = fmul double %32, %71
  %73 = tail call double @llvm.fma.f64(double %69, double %68, double %72)
  %74 = fadd double %30, %73
  br label %75

75:                                               ; preds = %60, %37
  %76 = phi double [ %59, %37 ], [ %74, %60 ]
  %77 = and i64 %33, 2
  %78 = icmp eq i64 %77, 0
  %79 = fneg double %76
  %80 = select i1 %78, double %76, double %79
  %81 = fcmp olt double %0, 0.000000e+00
  %82 = fneg double %80
  %83 = select i1 %81, double %82, double %80
  br label %185

84:                                               ; preds = %1
  %85 = fcmp ueq double %4, 0x7FF0000000000000
  br i1 %85, label %86, label %88

86:                                               ; preds = %84
  %87 = fsub double %0, %0
  br label %185

88:                                               ; preds = %84
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  %89 = call fastcc i32 @reduce_large(double noundef %4, ptr noundef nonnull %2, ptr noundef nonnull %3)
  switch i32 %89, label %153 [
    i32 0, label %90
    i32 1, label %108
    i32 2, label %134
  ]

90:                                               ; preds = %88
  %91 = load double, ptr %2, align 8
  %92 = load double, ptr %3, align 8
  %93 = fmul double %91, %91
  %94 = tail call double @llvm.fma.f64(double %93, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %95 = tail call double @llvm.fma.f64(double %94, double %93, double 0xBD6AE7F3E733B81F)
  %96 = tail call double @llvm.fma.f64(double %95, double %93, double 0x3DE6124613A86D09)
  %97 = tail call double @llvm.fma.f64(double %96, double %93, double 0xBE5AE64567F544E4)
  %98 = tail call double @llvm.fma.f64(double %97, double %93, double 0x3EC71DE3A556C734)
  %99 = tail call double @llvm.fma.f64(double %98, double %93, double 0xBF2A01A01A01A01A)
  %100 = tail call double @llvm.fma.f64(double %99, double %93, double 0x3F81111111111111)
  %101 = tail call double @llvm.fma.f64(double %100, double %93, double 0xBFC5555555555555)
  %102 = fmul double %91, %93
  %103 = fmul double %93, 5.000000e-01
  %104 = fsub double 1.000000e+00, %103
  %105 = fmul double %92, %104
  %106 = tail call double @llvm.fma.f64(double %102, double %101, double %105)
  %107 = fadd double %91, %106
  br label %180

108:                                              ; preds = %88
  %109 = load double, ptr %2, align 8
  %110 = load double, ptr %3, align 8
  %111 = fmul double %109, %109
  %112 = tail call double @llvm.fma.f64(double %111, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %113 = tail call double @llvm.fma.f64(double %112, double %111, double 0x3D2AE7F3E733B81F)
  %114 = tail call double @llvm.fma.f64(double %113, double %111, double 0xBDA93974A8C07C9D)
  %115 = tail call double @llvm.fma.f64(double %114, double %111, double 0x3E21EED8EFF8D898)
  %116 = tail call double @llvm.fma.f64(double %115, double %111, double 0xBE927E4FB7789F5C)
  %117 = tail call double @llvm.fma.f64(double %116, double %111, double 0x3EFA01A01A01A01A)
  %118 = tail call double @llvm.fma.f64(double %117, double %111, double 0xBF56C16C16C16C17)
  %119 = tail call double @llvm.fma.f64(double %118, double %111, double 0x3FA5555555555555)
  %120 = fmul double %111, 5.000000e-01
  %121 = fmul double %109, 5.000000e-01
  %122 = fneg double %120
  %123 = tail call double @llvm.fma.f64(double %121, double %109, double %122)
  %124 = fsub double 1.000000e+00, %120
  %125 = fsub double 1.000000e+00, %124
  %126 = fsub double %125, %120
  %127 = fmul double %111, %111
  %128 = fneg double %109
  %129 = fmul double %110, %128
  %130 = tail call double @llvm.fma.f64(double %127, double %119, double %129)
  %131 = fsub double %130, %123
  %132 = fadd double %126, %131
  %133 = fadd double %124, %132
  br label %180

134:                                              ; preds = %88
  %135 = load double, ptr %2, align 8
  %136 = load double, ptr %3, align 8
  %137 = fmul double %135, %135
  %138 = tail call double @llvm.fma.f64(double %137, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %139 = tail call double @llvm.fma.f64(double %138, double %137, double 0xBD6AE7F3E733B81F)
  %140 = tail call double @llvm.fma.f64(double %139, double %137, double 0x3DE6124613A86D09)
  %141 = tail call double @llvm.fma.f64(double %140, double %137, double 0xBE5AE64567F544E4)
  %142 = tail call double @llvm.fma.f64(double %141, double %137, double 0x3EC71DE3A556C734)
  %143 = tail call double @llvm.fma.f64(double %142, double %137, double 0xBF2A01A01A01A01A)
  %144 = tail call double @llvm.fma.f64(double %143, double %137, double 0x3F81111111111111)
  %145 = tail call double @llvm.fma.f64(double %144, double %137, double 0xBFC5555555555555)
  %146 = fmul double %135, %137
  %147 = fmul double %137, 5.000000e-01
  %148 = fsub double 1.000000e+00, %147
  %149 = fmul double %136, %148
  %150 = tail call double @llvm.fma.f64(double %146, double %145, double %149)
  %151 = fadd double %135, %150
  %152 = fneg double %151
  br label %180

153:                                              ; preds = %88
  %154 = load double, ptr %2, align 8
  %155 = load double, ptr %3, align 8
  %156 = fmul double %154, %154
  %157 = tail call double @llvm.fma.f64(double %156, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %158 = tail call double @llvm.fma.f64(double %157, double %156, double 0x3D2AE7F3E733B81F)
  %159 = tail call double @llvm.fma.f64(double %158, double %156, double 0xBDA93974A8C07C9D)
  %160 = tail call double @llvm.fma.f64(double %159, double %156, double 0x3E21EED8EFF8D898)
  %161 = tail call double @llvm.fma.f64(double %160, double %156, double 0xBE927E4FB7789F5C)
  %162 = tail call double @llvm.fma.f64(double %161, double %156, double 0x3EFA01A01A01A01A)
  %163 = tail call double @llvm.fma.f64(double %162, double %156, double 0xBF56C16C16C16C17)
  %164 = tail call double @llvm.fma.f64(double %163, double %156, double 0x3FA5555555555555)
  %165 = fmul double %156, 5.000000e-01
  %166 = fmul double %154, 5.000000e-01
  %167 = fneg double %165
  %168 = tail call double @llvm.fma.f64(double %166, double %154, double %167)
  %169 = fsub double 1.000000e+00, %165
  %170 = fsub double 1.000000e+00, %169
  %171 = fsub double %170, %165
  %172 = fmul double %156, %156
  %173 = fneg double %154
  %174 = fmul double %155, %173
  %175 = tail call double @llvm.fma.f64(double %172, double %164, double %174)
  %176 = fsub double %175, %168
  %177 = fadd double %171, %176
  %178 = fadd double %169, %177
  %179 = fneg double %178
  br label %180

180:                                              ; preds = %153, %134, %108, %90
  %181 = phi double [ %179, %153 ], [ %152, %134 ], [ %133, %108 ], [ %107, %90 ]
  %182 = fcmp olt double %0, 0.000000e+00
  %183 = fneg double %181
  %184 = select i1 %182, double %183, double %181
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %185

185:                                              ; preds = %6, %75, %86, %180
  %186 = phi double [ %87, %86 ], [ %184, %180 ], [ %0, %6 ], [ %83, %75 ]
  ret double %186
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define dso_local double @pyir_cos(double noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = tail call double @llvm.fabs.f64(double %0)
  %5 = fcmp olt double %4, 5.242880e+05
  br i1 %5, label %6, label %82

6:                                                ; preds = %1
  %7 = fcmp olt double %4, 0x3E40000000000000
  br i1 %7, label %180, label %8

8:                                                ; preds = %6
  %9 = fmul double %4, 0x3FE45F306DC9C883
  %10 = tail call double @llvm.rint.f64(double %9)
  %11 = fmul double %10, 0x3FF921FB54400000
  %12 = fsub double %4, %11
  %13 = fmul double %10, 0xBDD0B4611A600000
  %14 = fadd double %13, %12
  %15 = fsub double %14, %12
  %16 = fsub double %14, %15
  %17 = fsub double %12, %16
  %18 = fsub double %13, %15
  %19 = fadd double %18, %17
  %20 = fmul double %10, 0xBBA3198A2E000000
  %21 = fadd double %20, %14
  %22 = fsub double %21, %14
  %23 = fsub double %21, %22
  %24 = fsub double %14, %23
  %25 = fsub double %20, %22
  %26 = fadd double %25, %24
  %27 = fadd double %19, %26
  %28 = fmul double %10, 0x397B839A252049C1
  %29 = fsub double %27, %28
  %30 = fadd double %21, %29
  %31 = fsub double %30, %21
  %32 = fsub double %29, %31
  %33 = fptosi double %10 to i64
  %34 = and i64 %33, 1
  %35 = icmp eq i64 %34, 0
  %36 = fmul double %30, %30
  br i1 %35, label %37, label %60

37:                                               ; preds = %8
  %38 = tail call double @llvm.fma.f64(double %36, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %39 = tail call double @llvm.fma.f64(double %38, double %36, double 0x3D2AE7F3E733B81F)
  %40 = tail call double @llvm.fma.f64(double %39, double %36, double 0xBDA93974A8C07C9D)
  %41 = tail call double @llvm.fma.f64(double %40, double %36, double 0x3E21EED8EFF8D898)
  %42 = tail call double @llvm.fma.f64(double %41, double %36, double 0xBE927E4FB7789F5C)
  %43 = tail call double @llvm.fma.f64(double %42, double %36, double 0x3EFA01A01A01A01A)
  %44 = tail call double @llvm.fma.f64(double %43, double %36, double 0xBF56C16C16C16C17)
  %45 = tail call double @llvm.fma.f64(double %44, double %36, double 0x3FA5555555555555)
  %46 = fmul double %36, 5.000000e-01
  %47 = fmul double %30, 5.000000e-01
  %48 = fneg double %46
  %49 = tail call double @llvm.fma.f64(double %47, double %30, double %48)
  %50 = fsub double 1.000000e+00, %46
  %51 = fsub double 1.000000e+00, %50
  %52 = fsub double %51, %46
  %53 = fmul double %36, %36
  %54 = fneg double %30
  %55 = fmul double %32, %54
  %56 = tail call double @llvm.fma.f64(double %53, double %45, double %55)
  %57 = fsub double %56, %49
  %58 = fadd double %52, %57
  %59 = fadd double %50, %58
  br label %75

60:                                               ; preds = %8
  %61 = tail call double @llvm.fma.f64(double %36, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %62 = tail call double @llvm.fma.f64(double %61, double %36, double 0xBD6AE7F3E733B81F)
  %63 = tail call double @llvm.fma.f64(double %62, double %36, double 0x3DE6124613A86D09)
  %64 = tail call double @llvm.fma.f64(double %63, double %36, double 0xBE5AE64567F544E4)
  %65 = tail call double @llvm.fma.f64(double %64, double %36, double 0x3EC71DE3A556C734)
  %66 = tail call double @llvm.fma.f64(double %65, double %36, double 0xBF2A01A01A01A01A)
  %67 = tail call double @llvm.fma.f64(double %66, double %36, double 0x3F81111111111111)
  %68 = tail call double @llvm.fma.f64(double %67, double %36, double 0xBFC5555555555555)
  %69 = fmul double %30, %36
  %70 = fmul double %36, 5.000000e-01
  %71 = fsub double 1.000000e+00, %70
  %72 = fmul double %32, %71
  %73 = tail call double @llvm.fma.f64(double %69, double %68, double %72)
  %74 = fadd double %30, %73
  br label %75

75:                                               ; preds = %60, %37
  %76 = phi double [ %59, %37 ], [ %74, %60 ]
  %77 = add i64 %33, 1
  %78 = and i64 %77, 2
  %79 = icmp eq i64 %78, 0
  %80 = fneg double %76
  %81 = select i1 %79, double %76, double %80
  br label %180

82:                                               ; preds = %1
  %83 = fcmp ueq double %4, 0x7FF0000000000000
  br i1 %83, label %84, label %86

84:                                               ; preds = %82
  %85 = fsub double %0, %0
  br label %180

86:                                               ; preds = %82
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  %87 = call fastcc i32 @reduce_large(double noundef %4, ptr noundef nonnull %2, ptr noundef nonnull %3)
  switch i32 %87, label %160 [
    i32 0, label %88
    i32 1, label %114
    i32 2, label %133
  ]

88:                                               ; preds = %86
  %89 = load double, ptr %2, align 8
  %90 = load double, ptr %3, align 8
  %91 = fmul double %89, %89
  %92 = tail call double @llvm.fma.f64(double %91, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %93 = tail call double @llvm.fma.f64(double %92, double %91, double 0x3D2AE7F3E733B81F)
  %94 = tail call double @llvm.fma.f64(double %93, double %91, double 0xBDA93974A8C07C9D)
  %95 = tail call double @llvm.fma.f64(double %94, double %91, double 0x3E21EED8EFF8D898)
  %96 = tail call double @llvm.fma.f64(double %95, double %91, double 0xBE927E4FB7789F5C)
  %97 = tail call double @llvm.fma.f64(double %96, double %91, double 0x3EFA01A01A01A01A)
  %98 = tail call double @llvm.fma.f64(double %97, double %91, double 0xBF56C16C16C16C17)
  %99 = tail call double @llvm.fma.f64(double %98, double %91, double 0x3FA5555555555555)
  %100 = fmul double %91, 5.000000e-01
  %101 = fmul double %89, 5.000000e-01
  %102 = fneg double %100
  %103 = tail call double @llvm.fma.f64(double %101, double %89, double %102)
  %104 = fsub double 1.000000e+00, %100
  %105 = fsub double 1.000000e+00, %104
  %106 = fsub double %105, %100
  %107 = fmul double %91, %91
  %108 = fneg double %89
  %109 = fmul double %90, %108
  %110 = tail call double @llvm.fma.f64(double %107, double %99, double %109)
  %111 = fsub double %110, %103
  %112 = fadd double %106, %111
  %113 = fadd double %104, %112
  br label %178

114:                                              ; preds = %86
  %115 = load double, ptr %2, align 8
  %116 = load double, ptr %3, align 8
  %117 = fmul double %115, %115
  %118 = tail call double @llvm.fma.f64(double %117, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %119 = tail call double @llvm.fma.f64(double %118, double %117, double 0xBD6AE7F3E733B81F)
  %120 = tail call double @llvm.fma.f64(double %119, double %117, double 0x3DE6124613A86D09)
  %121 = tail call double @llvm.fma.f64(double %120, double %117, double 0xBE5AE64567F544E4)
  %122 = tail call double @llvm.fma.f64(double %121, double %117, double 0x3EC71DE3A556C734)
  %123 = tail call double @llvm.fma.f64(double %122, double %117, double 0xBF2A01A01A01A01A)
  %124 = tail call double @llvm.fma.f64(double %123, double %117, double 0x3F81111111111111)
  %125 = tail call double @llvm.fma.f64(double %124, double %117, double 0xBFC5555555555555)
  %126 = fmul double %115, %117
  %127 = fmul double %117, 5.000000e-01
  %128 = fsub double 1.000000e+00, %127
  %129 = fmul double %116, %128
  %130 = tail call double @llvm.fma.f64(double %126, double %125, double %129)
  %131 = fadd double %115, %130
  %132 = fneg double %131
  br label %178

133:                                              ; preds = %86
  %134 = load double, ptr %2, align 8
  %135 = load double, ptr %3, align 8
  %136 = fmul double %134, %134
  %137 = tail call double @llvm.fma.f64(double %136, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %138 = tail call double @llvm.fma.f64(double %137, double %136, double 0x3D2AE7F3E733B81F)
  %139 = tail call double @llvm.fma.f64(double %138, double %136, double 0xBDA93974A8C07C9D)
  %140 = tail call double @llvm.fma.f64(double %139, double %136, double 0x3E21EED8EFF8D898)
  %141 = tail call double @llvm.fma.f64(double %140, double %136, double 0xBE927E4FB7789F5C)
  %142 = tail call double @llvm.fma.f64(double %141, double %136, double 0x3EFA01A01A01A01A)
  %143 = tail call double @llvm.fma.f64(double %142, double %136, double 0xBF56C16C16C16C17)
  %144 = tail call double @llvm.fma.f64(double %143, double %136, double 0x3FA5555555555555)
  %145 = fmul double %136, 5.000000e-01
  %146 = fmul double %134, 5.000000e-01
  %147 = fneg double %145
  %148 = tail call double @llvm.fma.f64(double %146, double %134, double %147)
  %149 = fsub double 1.000000e+00, %145
  %150 = fsub double 1.000000e+00, %149
  %151 = fsub double %150, %145
  %152 = fmul double %136, %136
  %153 = fneg double %134
  %154 = fmul double %135, %153
  %155 = tail call double @llvm.fma.f64(double %152, double %144, double %154)
  %156 = fsub double %155, %148
  %157 = fadd double %151, %156
  %158 = fadd double %149, %157
  %159 = fneg double %158
  br label %178

160:                                              ; preds = %86
  %161 = load double, ptr %2, align 8
  %162 = load double, ptr %3, align 8
  %163 = fmul double %161, %161
  %164 = tail call double @llvm.fma.f64(double %163, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %165 = tail call double @llvm.fma.f64(double %164, double %163, double 0xBD6AE7F3E733B81F)
  %166 = tail call double @llvm.fma.f64(double %165, double %163, double 0x3DE6124613A86D09)
  %167 = tail call double @llvm.fma.f64(double %166, double %163, double 0xBE5AE64567F544E4)
  %168 = tail call double @llvm.fma.f64(double %167, double %163, double 0x3EC71DE3A556C734)
  %169 = tail call double @llvm.fma.f64(double %168, double %163, double 0xBF2A01A01A01A01A)
  %170 = tail call double @llvm.fma.f64(double %169, double %163, double 0x3F81111111111111)
  %171 = tail call double @llvm.fma.f64(double %170, double %163, double 0xBFC5555555555555)
  %172 = fmul double %161, %163
  %173 = fmul double %163, 5.000000e-01
  %174 = fsub double 1.000000e+00, %173
  %175 = fmul double %162, %174
  %176 = tail call double @llvm.fma.f64(double %172, double %171, double %175)
  %177 = fadd double %161, %176
  br label %178

178:                                              ; preds = %160, %133, %114, %88
  %179 = phi double [ %177, %160 ], [ %159, %133 ], [ %132, %114 ], [ %113, %88 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %180

180:                                              ; preds = %6, %75, %84, %178
  %181 = phi double [ %85, %84 ], [ %179, %178 ], [ 1.000000e+00, %6 ], [ %81, %75 ]
  ret double %181
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define dso_local double @pyir_tan(double noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = tail call double @llvm.fabs.f64(double %0)
  %5 = fcmp olt double %4, 0x3E40000000000000
  br i1 %5, label %58, label %6

6:                                                ; preds = %1
  %7 = fcmp ueq double %4, 0x7FF0000000000000
  br i1 %7, label %8, label %10

8:                                                ; preds = %6
  %9 = fsub double %0, %0
  br label %58

10:                                               ; preds = %6
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  %11 = call fastcc i32 @reduce_pio2(double noundef %4, ptr noundef nonnull %2, ptr noundef nonnull %3)
  %12 = load double, ptr %2, align 8
  %13 = load double, ptr %3, align 8
  %14 = fmul double %12, %12
  %15 = tail call double @llvm.fma.f64(double %14, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %16 = tail call double @llvm.fma.f64(double %15, double %14, double 0xBD6AE7F3E733B81F)
  %17 = tail call double @llvm.fma.f64(double %16, double %14, double 0x3DE6124613A86D09)
  %18 = tail call double @llvm.fma.f64(double %17, double %14, double 0xBE5AE64567F544E4)
  %19 = tail call double @llvm.fma.f64(double %18, double %14, double 0x3EC71DE3A556C734)
  %20 = tail call double @llvm.fma.f64(double %19, double %14, double 0xBF2A01A01A01A01A)
  %21 = tail call double @llvm.fma.f64(double %20, double %14, double 0x3F81111111111111)
  %22 = tail call double @llvm.fma.f64(double %21, double %14, double 0xBFC5555555555555)
  %23 = fmul double %12, %14
  %24 = fmul double %14, 5.000000e-01
  %25 = fsub double 1.000000e+00, %24
  %26 = fmul double %13, %25
  %27 = tail call double @llvm.fma.f64(double %23, double %22, double %26)
  %28 = fadd double %12, %27
  %29 = tail call double @llvm.fma.f64(double %14, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %30 = tail call double @llvm.fma.f64(double %29, double %14, double 0x3D2AE7F3E733B81F)
  %31 = tail call double @llvm.fma.f64(double %30, double %14, double 0xBDA93974A8C07C9D)
  %32 = tail call double @llvm.fma.f64(double %31, double %14, double 0x3E21EED8EFF8D898)
  %33 = tail call double @llvm.fma.f64(double %32, double %14, double 0xBE927E4FB7789F5C)
  %34 = tail call double @llvm.fma.f64(double %33, double %14, double 0x3EFA01A01A01A01A)
  %35 = tail call double @llvm.fma.f64(double %34, double %14, double 0xBF56C16C16C16C17)
  %36 = tail call double @llvm.fma.f64(double %35, double %14, double 0x3FA5555555555555)
  %37 = fmul double %12, 5.000000e-01
  %38 = fneg double %24
  %39 = tail call double @llvm.fma.f64(double %37, double %12, double %38)
  %40 = fsub double 1.000000e+00, %25
  %41 = fsub double %40, %24
  %42 = fmul double %14, %14
  %43 = fneg double %12
  %44 = fmul double %13, %43
  %45 = tail call double @llvm.fma.f64(double %42, double %36, double %44)
  %46 = fsub double %45, %39
  %47 = fadd double %41, %46
  %48 = fadd double %25, %47
  %49 = and i32 %11, 1
  %50 = icmp eq i32 %49, 0
  %51 = fneg double %48
  %52 = fdiv double %51, %28
  %53 = fdiv double %28, %48
  %54 = select i1 %50, double %53, double %52
  %55 = fcmp olt double %0, 0.000000e+00
  %56 = fneg double %54
  %57 = select i1 %55, double %56, double %54
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %58

58:                                               ; preds = %1, %10, %8
  %59 = phi double [ %9, %8 ], [ %57, %10 ], [ %0, %1 ]
  ret double %59
}

; Function Attrs: nofree noinline nosync nounwind memory(argmem: write)
define internal fastcc i32 @reduce_pio2(double noundef %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef writeonly %2) unnamed_addr {
  %4 = fcmp olt double %0, 5.242880e+05
  br i1 %4, label %5, label %32

5:                                                ; preds = %3
  %6 = fmul double %0, 0x3FE45F306DC9C883
  %7 = tail call double @llvm.rint.f64(double %6)
  %8 = fmul double %7, 0x3FF921FB54400000
  %9 = fsub double %0, %8
  %10 = fmul double %7, 0xBDD0B4611A600000
  %11 = fadd double %10, %9
  %12 = fsub double %11, %9
  %13 = fsub double %11, %12
  %14 = fsub double %9, %13
  %15 = fsub double %10, %12
  %16 = fadd double %15, %14
  %17 = fmul double %7, 0xBBA3198A2E000000
  %18 = fadd double %17, %11
  %19 = fsub double %18, %11
  %20 = fsub double %18, %19
  %21 = fsub double %11, %20
  %22 = fsub double %17, %19
  %23 = fadd double %22, %21
  %24 = fadd double %16, %23
  %25 = fmul double %7, 0x397B839A252049C1
  %26 = fsub double %24, %25
  %27 = fadd double %18, %26
  %28 = fsub double %27, %18
  %29 = fsub double %26, %28
  store double %29, ptr %2, align 8
  store double %27, ptr %1, align 8
  %30 = fptosi double %7 to i32
  %31 = and i32 %30, 3
  br label %34

32:                                               ; preds = %3
  %33 = tail call fastcc i32 @reduce_large(double noundef %0, ptr noundef %1, ptr noundef %2)
  br label %34

34:                                               ; preds = %32, %5
  %35 = phi i32 [ %31, %5 ], [ %33, %32 ]
  ret i32 %35
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_atan(double noundef %0) local_unnamed_addr {
  %2 = tail call double @llvm.fabs.f64(double %0)
  %3 = fcmp olt double %2, 0x3E40000000000000
  br i1 %3, label %15, label %4

4:                                                ; preds = %1
  %5 = fcmp ord double %0, 0.000000e+00
  br i1 %5, label %8, label %6

6:                                                ; preds = %4
  %7 = fadd double %0, %0
  br label %15

8:                                                ; preds = %4
  %9 = fcmp une double %2, 0x7FF0000000000000
  br i1 %9, label %10, label %12

10:                                               ; preds = %8
  %11 = tail call fastcc double @atan_ratio(double noundef %2, double noundef 1.000000e+00)
  br label %12

12:                                               ; preds = %8, %10
  %13 = phi double [ %11, %10 ], [ 0x3FF921FB54442D18, %8 ]
  %14 = tail call double @llvm.copysign.f64(double %13, double %0)
  br label %15

15:                                               ; preds = %1, %12, %6
  %16 = phi double [ %7, %6 ], [ %14, %12 ], [ %0, %1 ]
  ret double %16
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define internal fastcc double @atan_ratio(double noundef %0, double noundef %1) unnamed_addr {
  %3 = fcmp ogt double %0, %1
  %4 = select i1 %3, double %0, double %1
  %5 = select i1 %3, double %1, double %0
  %6 = bitcast double %4 to i64
  %7 = icmp ult i64 %6, 4503599627370496
  %8 = fmul double %5, 0x6570000000000000
  %9 = fmul double %4, 0x6570000000000000
  %10 = bitcast double %9 to i64
  %11 = select i1 %7, i64 %10, i64 %6
  %12 = select i1 %7, double %9, double %4
  %13 = select i1 %7, double %8, double %5
  %14 = lshr i64 %11, 52
  %15 = trunc i64 %14 to i32
  %16 = trunc i64 %14 to i16
  %17 = sub nsw i16 1023, %16
  %18 = sdiv i16 %17, 2
  %19 = zext i16 %18 to i32
  %20 = add nuw nsw i32 %19, 1023
  %21 = zext i32 %20 to i64
  %22 = shl i64 %21, 52
  %23 = bitcast i64 %22 to double
  %24 = add nuw nsw i32 %15, %19
  %25 = sub nsw i32 2046, %24
  %26 = zext i32 %25 to i64
  %27 = shl i64 %26, 52
  %28 = bitcast i64 %27 to double
  %29 = fmul double %13, %23
  %30 = fmul double %29, %28
  %31 = fmul double %12, %23
  %32 = fmul double %31, %28
  %33 = fdiv double %30, %32
  %34 = fmul double %33, 8.000000e+00
  %35 = fadd double %34, 5.000000e-01
  %36 = fptosi double %35 to i32
  %37 = sitofp i32 %36 to double
  %38 = fmul double %37, 1.250000e-01
  %39 = fneg double %38
  %40 = tail call double @llvm.fma.f64(double %39, double %32, double %30)
  %41 = tail call double @llvm.fma.f64(double %38, double %30, double %32)
  %42 = fdiv double %40, %41
  %43 = fmul double %42, %42
  %44 = tail call double @llvm.fma.f64(double %43, double 0xBFB1111111111111, double 0x3FB3B13B13B13B14)
  %45 = tail call double @llvm.fma.f64(double %44, double %43, double 0xBFB745D1745D1746)
  %46 = tail call double @llvm.fma.f64(double %45, double %43, double 0x3FBC71C71C71C71C)
  %47 = tail call double @llvm.fma.f64(double %46, double %43, double 0xBFC2492492492492)
  %48 = tail call double @llvm.fma.f64(double %47, double %43, double 2.000000e-01)
  %49 = tail call double @llvm.fma.f64(double %48, double %43, double 0xBFD5555555555555)
  %50 = fmul double %42, %43
  %51 = fmul double %50, %49
  br i1 %3, label %65, label %52

52:                                               ; preds = %2
  %53 = icmp eq i32 %36, 0
  br i1 %53, label %54, label %56

54:                                               ; preds = %52
  %55 = fadd double %42, %51
  br label %74

56:                                               ; preds = %52
  %57 = sext i32 %36 to i64
  %58 = getelementptr inbounds [9 x double], ptr @ATAN_HI, i64 0, i64 %57
  %59 = load double, ptr %58, align 8
  %60 = getelementptr inbounds [9 x double], ptr @ATAN_LO, i64 0, i64 %57
  %61 = load double, ptr %60, align 8
  %62 = fadd double %42, %51
  %63 = fadd double %62, %61
  %64 = fadd double %59, %63
  br label %74

65:                                               ; preds = %2
  %66 = sext i32 %36 to i64
  %67 = getelementptr inbounds [9 x double], ptr @ACOT_HI, i64 0, i64 %66
  %68 = load double, ptr %67, align 8
  %69 = getelementptr inbounds [9 x double], ptr @ACOT_LO, i64 0, i64 %66
  %70 = load double, ptr %69, align 8
  %71 = fadd double %42, %51
  %72 = fsub double %70, %71
  %73 = fadd double %68, %72
  br label %74

74:                                               ; preds = %65, %56, %54
  %75 = phi double [ %73, %65 ], [ %55, %54 ], [ %64, %56 ]
  ret double %75
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_atan2(double noundef %0, double noundef %1) local_unnamed_addr {
  %3 = fcmp ord double %0, %1
  br i1 %3, label %6, label %4

4:                                                ; preds = %2
  %5 = fadd double %0, %1
  br label %40

6:                                                ; preds = %2
  %7 = tail call double @llvm.fabs.f64(double %1)
  %8 = tail call double @llvm.fabs.f64(double %0)
  %9 = fcmp oeq double %0, 0.000000e+00
  br i1 %9, label %10, label %18

10:                                               ; preds = %6
  %11 = fcmp ogt double %1, 0.000000e+00
  br i1 %11, label %37, label %12

12:                                               ; preds = %10
  %13 = fcmp oeq double %1, 0.000000e+00
  %14 = bitcast double %1 to i64
  %15 = icmp sgt i64 %14, -1
  %16 = and i1 %13, %15
  %17 = select i1 %16, double 0.000000e+00, double 0x400921FB54442D18
  br label %37

18:                                               ; preds = %6
  %19 = fcmp oeq double %1, 0.000000e+00
  br i1 %19, label %37, label %20

20:                                               ; preds = %18
  %21 = fcmp une double %8, 0x7FF0000000000000
  %22 = fcmp une double %7, 0x7FF0000000000000
  br i1 %21, label %27, label %23

23:                                               ; preds = %20
  %24 = fcmp ogt double %1, 0.000000e+00
  %25 = select i1 %24, double 0x3FE921FB54442D18, double 0x4002D97C7F3321D2
  %26 = select i1 %22, double 0x3FF921FB54442D18, double %25
  br label %37

27:                                               ; preds = %20
  br i1 %22, label %31, label %28

28:                                               ; preds = %27
  %29 = fcmp ogt double %1, 0.000000e+00
  %30 = select i1 %29, double 0.000000e+00, double 0x400921FB54442D18
  br label %37

31:                                               ; preds = %27
  %32 = tail call fastcc double @atan_ratio(double noundef %8, double noundef %7)
  %33 = fcmp olt double %1, 0.000000e+00
  br i1 %33, label %34, label %37

34:                                               ; preds = %31
  %35 = fsub double 0x400921FB54442D18, %32
  %36 = fadd double %35, 0x3CA1A62633145C07
  br label %37

37:                                               ; preds = %18, %10, %12, %28, %34, %31, %23
  %38 = phi double [ %26, %23 ], [ %30, %28 ], [ %36, %34 ], [ %32, %31 ], [ 0.000000e+00, %10 ], [ %17, %12 ], [ 0x3FF921FB54442D18, %18 ]
  %39 = tail call double @llvm.copysign.f64(double %38, double %0)
  br label %40

40:                                               ; preds = %37, %4
  %41 = phi double [ %5, %4 ], [ %39, %37 ]
  ret double %41
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_asin(double noundef %0) local_unnamed_addr {
  %2 = tail call double @llvm.fabs.f64(double %0)
  %3 = fcmp olt double %2, 0x3E40000000000000
  br i1 %3, label %19, label %4

4:                                                ; preds = %1
  %5 = fcmp ord double %0, 0.000000e+00
  br i1 %5, label %8, label %6

6:                                                ; preds = %4
  %7 = fadd double %0, %0
  br label %19

8:                                                ; preds = %4
  %9 = fcmp ogt double %2, 1.000000e+00
  br i1 %9, label %10, label %13

10:                                               ; preds = %8
  %11 = fsub double %0, %0
  %12 = fdiv double %11, %11
  br label %19

13:                                               ; preds = %8
  %14 = fneg double %2
  %15 = tail call double @llvm.fma.f64(double %14, double %2, double 1.000000e+00)
  %16 = tail call double @llvm.sqrt.f64(double %15)
  %17 = tail call fastcc double @atan_ratio(double noundef %2, double noundef %16)
  %18 = tail call double @llvm.copysign.f64(double %17, double %0)
  br label %19

19:                                               ; preds = %1, %13, %10, %6
  %20 = phi double [ %7, %6 ], [ %12, %10 ], [ %18, %13 ], [ %0, %1 ]
  ret double %20
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double)

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_acos(double noundef %0) local_unnamed_addr {
  %2 = tail call double @llvm.fabs.f64(double %0)
  %3 = fcmp ord double %0, 0.000000e+00
  br i1 %3, label %6, label %4

4:                                                ; preds = %1
  %5 = fadd double %0, %0
  br label %22

6:                                                ; preds = %1
  %7 = fcmp ogt double %2, 1.000000e+00
  br i1 %7, label %8, label %11

8:                                                ; preds = %6
  %9 = fsub double %0, %0
  %10 = fdiv double %9, %9
  br label %22

11:                                               ; preds = %6
  %12 = fcmp oeq double %0, 1.000000e+00
  br i1 %12, label %22, label %13

13:                                               ; preds = %11
  %14 = fneg double %2
  %15 = tail call double @llvm.fma.f64(double %14, double %2, double 1.000000e+00)
  %16 = tail call double @llvm.sqrt.f64(double %15)
  %17 = tail call fastcc double @atan_ratio(double noundef %16, double noundef %2)
  %18 = fcmp olt double %0, 0.000000e+00
  %19 = fsub double 0x400921FB54442D18, %17
  %20 = fadd double %19, 0x3CA1A62633145C07
  %21 = select i1 %18, double %20, double %17
  br label %22

22:                                               ; preds = %11, %13, %8, %4
  %23 = phi double [ %5, %4 ], [ %10, %8 ], [ %21, %13 ], [ 0.000000e+00, %11 ]
  ret double %23
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_sinh(double noundef %0) local_unnamed_addr {
  %2 = fcmp ord double %0, 0.000000e+00
  br i1 %2, label %5, label %3

3:                                                ; preds = %1
  %4 = fadd double %0, %0
  br label %39

5:                                                ; preds = %1
  %6 = tail call double @llvm.fabs.f64(double %0)
  %7 = fcmp uge double %6, 0x3E30000000000000
  %8 = fcmp une double %6, 0x7FF0000000000000
  %9 = and i1 %7, %8
  br i1 %9, label %10, label %39

10:                                               ; preds = %5
  %11 = tail call double @llvm.copysign.f64(double 5.000000e-01, double %0)
  %12 = fcmp olt double %6, 2.200000e+01
  br i1 %12, label %13, label %29

13:                                               ; preds = %10
  %14 = tail call double @pyir_expm1(double noundef %6)
  %15 = fcmp olt double %6, 1.000000e+00
  br i1 %15, label %16, label %22

16:                                               ; preds = %13
  %17 = fmul double %14, 2.000000e+00
  %18 = fmul double %14, %14
  %19 = fadd double %14, 1.000000e+00
  %20 = fdiv double %18, %19
  %21 = fsub double %17, %20
  br label %26

22:                                               ; preds = %13
  %23 = fadd double %14, 1.000000e+00
  %24 = fdiv double %14, %23
  %25 = fadd double %14, %24
  br label %26

26:                                               ; preds = %22, %16
  %27 = phi double [ %21, %16 ], [ %25, %22 ]
  %28 = fmul double %11, %27
  br label %39

29:                                               ; preds = %10
  %30 = fcmp olt double %6, 7.090000e+02
  br i1 %30, label %31, label %34

31:                                               ; preds = %29
  %32 = tail call fastcc double @exp_dd(double noundef %6)
  %33 = fmul double %11, %32
  br label %39

34:                                               ; preds = %29
  %35 = fmul double %6, 5.000000e-01
  %36 = tail call fastcc double @exp_dd(double noundef %35)
  %37 = fmul double %11, %36
  %38 = fmul double %36, %37
  br label %39

39:                                               ; preds = %5, %34, %31, %26, %3
  %40 = phi double [ %4, %3 ], [ %0, %5 ], [ %28, %26 ], [ %33, %31 ], [ %38, %34 ]
  ret double %40
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define internal fastcc double @exp_dd(double noundef %0) unnamed_addr {
  %2 = fcmp uno double %0, 0.000000e+00
  %3 = fcmp ogt double %0, 7.100000e+02
  %4 = fcmp olt double %0, -7.460000e+02
  %5 = or i1 %2, %3
  %6 = or i1 %4, %5
  %7 = select i1 %6, double 0.000000e+00, double %0
  %8 = fmul double %7, 0x40671547652B82FE
  %9 = tail call double @llvm.rint.f64(double %8)
  %10 = fneg double %9
  %11 = tail call double @llvm.fma.f64(double %10, double 0x3F762E42FEE00000, double %7)
  %12 = fmul double %9, 0x3D7A39EF35793C76
  %13 = fneg double %12
  %14 = tail call double @llvm.fma.f64(double %9, double 0x3D7A39EF35793C76, double %13)
  %15 = fsub double %11, %12
  %16 = fsub double %15, %11
  %17 = fsub double %15, %16
  %18 = fsub double %11, %17
  %19 = fsub double %13, %16
  %20 = fadd double %19, %18
  %21 = fsub double %20, %14
  %22 = fadd double %21, 0.000000e+00
  %23 = fmul double %15, %15
  %24 = tail call double @llvm.fma.f64(double %15, double 0x3FC5555555555555, double 5.000000e-01)
  %25 = tail call double @llvm.fma.f64(double %15, double 0x3F81111111111111, double 0x3FA5555555555555)
  %26 = tail call double @llvm.fma.f64(double %23, double 0x3F56C16C16C16C17, double %25)
  %27 = tail call double @llvm.fma.f64(double %26, double %23, double %24)
  %28 = tail call double @llvm.fma.f64(double %23, double %27, double %15)
  %29 = tail call double @llvm.fma.f64(double %22, double %28, double %22)
  %30 = fadd double %28, %29
  %31 = fptosi double %9 to i64
  %32 = and i64 %31, 127
  %33 = lshr i64 %31, 7
  %34 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %32
  %35 = load double, ptr %34, align 8
  %36 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %32
  %37 = load double, ptr %36, align 8
  %38 = tail call double @llvm.fma.f64(double %35, double %30, double %37)
  %39 = fadd double %35, %38
  %40 = ashr i64 %31, 8
  %41 = shl i64 %40, 52
  %42 = add i64 %41, 4607182418800017408
  %43 = bitcast i64 %42 to double
  %44 = sub nsw i64 %33, %40
  %45 = shl i64 %44, 52
  %46 = add i64 %45, 4607182418800017408
  %47 = bitcast i64 %46 to double
  %48 = fmul double %39, %43
  %49 = fmul double %48, %47
  %50 = select i1 %3, double 0x7FF0000000000000, double %49
  %51 = select i1 %4, double 0.000000e+00, double %50
  %52 = fadd double %0, %0
  %53 = select i1 %2, double %52, double %51
  ret double %53
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_cosh(double noundef %0) local_unnamed_addr {
  %2 = fcmp ord double %0, 0.000000e+00
  br i1 %2, label %5, label %3

3:                                                ; preds = %1
  %4 = fmul double %0, %0
  br label %36

5:                                                ; preds = %1
  %6 = tail call double @llvm.fabs.f64(double %0)
  %7 = fcmp une double %6, 0x7FF0000000000000
  br i1 %7, label %8, label %36

8:                                                ; preds = %5
  %9 = fcmp olt double %6, 0x3E40000000000000
  br i1 %9, label %36, label %10

10:                                               ; preds = %8
  %11 = fcmp olt double %6, 3.465000e-01
  br i1 %11, label %12, label %19

12:                                               ; preds = %10
  %13 = tail call double @pyir_expm1(double noundef %6)
  %14 = fadd double %13, 1.000000e+00
  %15 = fmul double %13, %13
  %16 = fadd double %14, %14
  %17 = fdiv double %15, %16
  %18 = fadd double %17, 1.000000e+00
  br label %36

19:                                               ; preds = %10
  %20 = fcmp olt double %6, 2.200000e+01
  br i1 %20, label %21, label %26

21:                                               ; preds = %19
  %22 = tail call fastcc double @exp_dd(double noundef %6)
  %23 = fmul double %22, 5.000000e-01
  %24 = fdiv double 5.000000e-01, %22
  %25 = fadd double %23, %24
  br label %36

26:                                               ; preds = %19
  %27 = fcmp olt double %6, 7.090000e+02
  br i1 %27, label %28, label %31

28:                                               ; preds = %26
  %29 = tail call fastcc double @exp_dd(double noundef %6)
  %30 = fmul double %29, 5.000000e-01
  br label %36

31:                                               ; preds = %26
  %32 = fmul double %6, 5.000000e-01
  %33 = tail call fastcc double @exp_dd(double noundef %32)
  %34 = fmul double %33, 5.000000e-01
  %35 = fmul double %33, %34
  br label %36

36:                                               ; preds = %12, %21, %28, %31, %5, %8, %3
  %37 = phi double [ %4, %3 ], [ %18, %12 ], [ %25, %21 ], [ %30, %28 ], [ %35, %31 ], [ 0x7FF0000000000000, %5 ], [ 1.000000e+00, %8 ]
  ret double %37
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_tanh(double noundef %0) local_unnamed_addr {
  %2 = fcmp ord double %0, 0.000000e+00
  br i1 %2, label %5, label %3

3:                                                ; preds = %1
  %4 = fadd double %0, %0
  br label %170

5:                                                ; preds = %1
  %6 = tail call double @llvm.fabs.f64(double %0)
  %7 = fcmp olt double %6, 0x3C80000000000000
  br i1 %7, label %170, label %8

8:                                                ; preds = %5
  %9 = fcmp olt double %6, 2.200000e+01
  br i1 %9, label %10, label %165

10:                                               ; preds = %8
  %11 = fcmp olt double %6, 1.000000e+00
  br i1 %11, label %12, label %90

12:                                               ; preds = %10
  %13 = fmul double %6, -2.000000e+00
  %14 = tail call double @llvm.fabs.f64(double %13)
  %15 = fcmp ord double %13, 0.000000e+00
  br i1 %15, label %18, label %16

16:                                               ; preds = %12
  %17 = fadd double %13, %13
  br label %85

18:                                               ; preds = %12
  %19 = fcmp olt double %14, 0x3C90000000000000
  br i1 %19, label %85, label %20

20:                                               ; preds = %18
  %21 = fcmp ogt double %13, 7.100000e+02
  br i1 %21, label %85, label %22

22:                                               ; preds = %20
  %23 = fcmp olt double %13, -4.000000e+01
  br i1 %23, label %85, label %24

24:                                               ; preds = %22
  %25 = fcmp ugt double %14, 3.400000e-01
  br i1 %25, label %55, label %26

26:                                               ; preds = %24
  %27 = tail call double @llvm.fma.f64(double %13, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %28 = tail call double @llvm.fma.f64(double %27, double %13, double 0x3E21EED8EFF8D898)
  %29 = tail call double @llvm.fma.f64(double %28, double %13, double 0x3E5AE64567F544E4)
  %30 = tail call double @llvm.fma.f64(double %29, double %13, double 0x3E927E4FB7789F5C)
  %31 = tail call double @llvm.fma.f64(double %30, double %13, double 0x3EC71DE3A556C734)
  %32 = tail call double @llvm.fma.f64(double %31, double %13, double 0x3EFA01A01A01A01A)
  %33 = tail call double @llvm.fma.f64(double %32, double %13, double 0x3F2A01A01A01A01A)
  %34 = tail call double @llvm.fma.f64(double %33, double %13, double 0x3F56C16C16C16C17)
  %35 = tail call double @llvm.fma.f64(double %34, double %13, double 0x3F81111111111111)
  %36 = tail call double @llvm.fma.f64(double %35, double %13, double 0x3FA5555555555555)
  %37 = tail call double @llvm.fma.f64(double %36, double %13, double 0x3FC5555555555555)
  %38 = tail call double @llvm.fma.f64(double %37, double %13, double 5.000000e-01)
  %39 = fmul double %13, %13
  %40 = fneg double %39
  %41 = tail call double @llvm.fma.f64(double %13, double %13, double %40)
  %42 = fmul double %39, %38
  %43 = fneg double %42
  %44 = tail call double @llvm.fma.f64(double %39, double %38, double %43)
  %45 = fmul double %41, %38
  %46 = fadd double %45, %44
  %47 = fadd double %13, %42
  %48 = fsub double %47, %13
  %49 = fsub double %47, %48
  %50 = fsub double %13, %49
  %51 = fsub double %42, %48
  %52 = fadd double %51, %50
  %53 = fadd double %46, %52
  %54 = fadd double %47, %53
  br label %85

55:                                               ; preds = %24
  %56 = fmul double %13, 0x3FF71547652B82FE
  %57 = tail call double @llvm.rint.f64(double %56)
  %58 = fcmp ogt double %57, 6.000000e+01
  br i1 %58, label %59, label %62

59:                                               ; preds = %55
  %60 = tail call fastcc double @exp_dd_gen_d(double noundef %13, double noundef 0.000000e+00)
  %61 = fadd double %60, -1.000000e+00
  br label %85

62:                                               ; preds = %55
  %63 = fneg double %57
  %64 = tail call double @llvm.fma.f64(double %63, double 0x3FE62E42FEE00000, double %13)
  %65 = fmul double %57, 0x3DEA39EF35793C76
  %66 = fneg double %65
  %67 = tail call double @llvm.fma.f64(double %57, double 0x3DEA39EF35793C76, double %66)
  %68 = fsub double %64, %65
  %69 = fsub double %68, %64
  %70 = fsub double %68, %69
  %71 = fsub double %64, %70
  %72 = fsub double %66, %69
  %73 = fadd double %72, %71
  %74 = fsub double %73, %67
  %75 = tail call fastcc double @expm1_small_gen_d(double noundef %68)
  %76 = tail call double @llvm.fma.f64(double %74, double %75, double %74)
  %77 = fadd double %75, %76
  %78 = fptosi double %57 to i64
  %79 = shl i64 %78, 52
  %80 = add i64 %79, 4607182418800017408
  %81 = bitcast i64 %80 to double
  %82 = fmul double %77, %81
  %83 = fadd double %81, -1.000000e+00
  %84 = fadd double %83, %82
  br label %85

85:                                               ; preds = %62, %59, %26, %22, %20, %18, %16
  %86 = phi double [ %17, %16 ], [ %54, %26 ], [ %13, %18 ], [ 0x7FF0000000000000, %20 ], [ -1.000000e+00, %22 ], [ %61, %59 ], [ %84, %62 ]
  %87 = fneg double %86
  %88 = fadd double %86, 2.000000e+00
  %89 = fdiv double %87, %88
  br label %165

90:                                               ; preds = %10
  %91 = fmul double %6, 2.000000e+00
  %92 = fcmp ord double %91, 0.000000e+00
  br i1 %92, label %95, label %93

93:                                               ; preds = %90
  %94 = fadd double %91, %91
  br label %160

95:                                               ; preds = %90
  %96 = fcmp olt double %91, 0x3C90000000000000
  br i1 %96, label %160, label %97

97:                                               ; preds = %95
  %98 = fcmp ogt double %91, 7.100000e+02
  br i1 %98, label %160, label %99

99:                                               ; preds = %97
  %100 = fcmp ugt double %91, 3.400000e-01
  br i1 %100, label %130, label %101

101:                                              ; preds = %99
  %102 = tail call double @llvm.fma.f64(double %91, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %103 = tail call double @llvm.fma.f64(double %102, double %91, double 0x3E21EED8EFF8D898)
  %104 = tail call double @llvm.fma.f64(double %103, double %91, double 0x3E5AE64567F544E4)
  %105 = tail call double @llvm.fma.f64(double %104, double %91, double 0x3E927E4FB7789F5C)
  %106 = tail call double @llvm.fma.f64(double %105, double %91, double 0x3EC71DE3A556C734)
  %107 = tail call double @llvm.fma.f64(double %106, double %91, double 0x3EFA01A01A01A01A)
  %108 = tail call double @llvm.fma.f64(double %107, double %91, double 0x3F2A01A01A01A01A)
  %109 = tail call double @llvm.fma.f64(double %108, double %91, double 0x3F56C16C16C16C17)
  %110 = tail call double @llvm.fma.f64(double %109, double %91, double 0x3F81111111111111)
  %111 = tail call double @llvm.fma.f64(double %110, double %91, double 0x3FA5555555555555)
  %112 = tail call double @llvm.fma.f64(double %111, double %91, double 0x3FC5555555555555)
  %113 = tail call double @llvm.fma.f64(double %112, double %91, double 5.000000e-01)
  %114 = fmul double %91, %91
  %115 = fneg double %114
  %116 = tail call double @llvm.fma.f64(double %91, double %91, double %115)
  %117 = fmul double %114, %113
  %118 = fneg double %117
  %119 = tail call double @llvm.fma.f64(double %114, double %113, double %118)
  %120 = fmul double %116, %113
  %121 = fadd double %120, %119
  %122 = fadd double %91, %117
  %123 = fsub double %122, %91
  %124 = fsub double %122, %123
  %125 = fsub double %91, %124
  %126 = fsub double %117, %123
  %127 = fadd double %126, %125
  %128 = fadd double %121, %127
  %129 = fadd double %122, %128
  br label %160

130:                                              ; preds = %99
  %131 = fmul double %91, 0x3FF71547652B82FE
  %132 = tail call double @llvm.rint.f64(double %131)
  %133 = fcmp ogt double %132, 6.000000e+01
  br i1 %133, label %134, label %137

134:                                              ; preds = %130
  %135 = tail call fastcc double @exp_dd_gen_d(double noundef %91, double noundef 0.000000e+00)
  %136 = fadd double %135, -1.000000e+00
  br label %160

137:                                              ; preds = %130
  %138 = fneg double %132
  %139 = tail call double @llvm.fma.f64(double %138, double 0x3FE62E42FEE00000, double %91)
  %140 = fmul double %132, 0x3DEA39EF35793C76
  %141 = fneg double %140
  %142 = tail call double @llvm.fma.f64(double %132, double 0x3DEA39EF35793C76, double %141)
  %143 = fsub double %139, %140
  %144 = fsub double %143, %139
  %145 = fsub double %143, %144
  %146 = fsub double %139, %145
  %147 = fsub double %141, %144
  %148 = fadd double %147, %146
  %149 = fsub double %148, %142
  %150 = tail call fastcc double @expm1_small_gen_d(double noundef %143)
  %151 = tail call double @llvm.fma.f64(double %149, double %150, double %149)
  %152 = fadd double %150, %151
  %153 = fptosi double %132 to i64
  %154 = shl i64 %153, 52
  %155 = add i64 %154, 4607182418800017408
  %156 = bitcast i64 %155 to double
  %157 = fmul double %152, %156
  %158 = fadd double %156, -1.000000e+00
  %159 = fadd double %158, %157
  br label %160

160:                                              ; preds = %137, %134, %101, %97, %95, %93
  %161 = phi double [ %94, %93 ], [ %129, %101 ], [ %91, %95 ], [ 0x7FF0000000000000, %97 ], [ %136, %134 ], [ %159, %137 ]
  %162 = fadd double %161, 2.000000e+00
  %163 = fdiv double 2.000000e+00, %162
  %164 = fsub double 1.000000e+00, %163
  br label %165

165:                                              ; preds = %160, %85, %8
  %166 = phi double [ %89, %85 ], [ %164, %160 ], [ 1.000000e+00, %8 ]
  %167 = fcmp olt double %0, 0.000000e+00
  %168 = fneg double %166
  %169 = select i1 %167, double %168, double %166
  br label %170

170:                                              ; preds = %3, %5, %165
  %171 = phi double [ %4, %3 ], [ %169, %165 ], [ %0, %5 ]
  ret double %171
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define dso_local double @pyir_cbrt(double noundef %0) local_unnamed_addr {
  %2 = fcmp ord double %0, 0.000000e+00
  br i1 %2, label %3, label %8

3:                                                ; preds = %1
  %4 = tail call double @llvm.fabs.f64(double %0)
  %5 = fcmp oeq double %4, 0x7FF0000000000000
  %6 = fcmp oeq double %0, 0.000000e+00
  %7 = or i1 %6, %5
  br i1 %7, label %8, label %10

8:                                                ; preds = %3, %1
  %9 = fadd double %0, %0
  br label %87

10:                                               ; preds = %3
  %11 = fcmp olt double %4, 0x10000000000000
  %12 = fmul double %4, 0x4350000000000000
  %13 = select i1 %11, double %12, double %4
  %14 = bitcast double %13 to i64
  %15 = lshr i64 %14, 52
  %16 = trunc i64 %15 to i32
  %17 = icmp ugt i32 %16, 1022
  %18 = trunc i64 %15 to i16
  br i1 %17, label %19, label %23

19:                                               ; preds = %10
  %20 = add nsw i16 %18, -1023
  %21 = udiv i16 %20, 3
  %22 = zext i16 %21 to i32
  br label %28

23:                                               ; preds = %10
  %24 = sub nsw i16 1025, %18
  %25 = udiv i16 %24, 3
  %26 = zext i16 %25 to i32
  %27 = sub nsw i32 0, %26
  br label %28

28:                                               ; preds = %23, %19
  %29 = phi i32 [ %22, %19 ], [ %27, %23 ]
  %30 = mul nsw i32 %29, 4093
  %31 = and i64 %14, 4503599627370495
  %32 = add nsw i32 %30, %16
  %33 = zext i32 %32 to i64
  %34 = shl i64 %33, 52
  %35 = or i64 %34, %31
  %36 = bitcast i64 %35 to double
  %37 = fmul double %36, 2.000000e-01
  %38 = fadd double %37, 8.000000e-01
  %39 = fmul double %36, 1.080000e-02
  %40 = fmul double %39, %36
  %41 = fsub double %38, %40
  %42 = fmul double %41, 2.000000e+00
  %43 = fmul double %41, %41
  %44 = fdiv double %36, %43
  %45 = fadd double %42, %44
  %46 = fmul double %45, 0x3FD5555555555555
  %47 = fmul double %46, 2.000000e+00
  %48 = fmul double %46, %46
  %49 = fdiv double %36, %48
  %50 = fadd double %47, %49
  %51 = fmul double %50, 0x3FD5555555555555
  %52 = fmul double %51, 2.000000e+00
  %53 = fmul double %51, %51
  %54 = fdiv double %36, %53
  %55 = fadd double %52, %54
  %56 = fmul double %55, 0x3FD5555555555555
  %57 = fmul double %56, 2.000000e+00
  %58 = fmul double %56, %56
  %59 = fdiv double %36, %58
  %60 = fadd double %57, %59
  %61 = fmul double %60, 0x3FD5555555555555
  %62 = fmul double %61, 2.000000e+00
  %63 = fmul double %61, %61
  %64 = fdiv double %36, %63
  %65 = fadd double %62, %64
  %66 = fmul double %65, 0x3FD5555555555555
  %67 = fmul double %66, %66
  %68 = fneg double %67
  %69 = tail call double @llvm.fma.f64(double %66, double %66, double %68)
  %70 = fmul double %66, %67
  %71 = fneg double %70
  %72 = tail call double @llvm.fma.f64(double %67, double %66, double %71)
  %73 = fmul double %66, %69
  %74 = fadd double %72, %73
  %75 = fsub double %70, %36
  %76 = fadd double %75, %74
  %77 = fmul double %67, 3.000000e+00
  %78 = fdiv double %76, %77
  %79 = fsub double %66, %78
  %80 = select i1 %11, i32 1005, i32 1023
  %81 = add nsw i32 %80, %29
  %82 = zext i32 %81 to i64
  %83 = shl i64 %82, 52
  %84 = bitcast i64 %83 to double
  %85 = fmul double %79, %84
  %86 = tail call double @llvm.copysign.f64(double %85, double %0)
  br label %87

87:                                               ; preds = %28, %8
  %88 = phi double [ %9, %8 ], [ %86, %28 ]
  ret double %88
}

; Function Attrs: mustprogress nofree noinline nosync nounwind willreturn memory(none)
define dso_local double @pyir_hypot(double noundef %0, double noundef %1) local_unnamed_addr {
  %3 = tail call double @llvm.fabs.f64(double %0)
  %4 = tail call double @llvm.fabs.f64(double %1)
  %5 = fcmp une double %3, 0x7FF0000000000000
  %6 = fcmp une double %4, 0x7FF0000000000000
  %7 = and i1 %5, %6
  br i1 %7, label %8, label %83

8:                                                ; preds = %2
  %9 = fcmp ord double %0, %1
  br i1 %9, label %12, label %10

10:                                               ; preds = %8
  %11 = fadd double %3, %4
  br label %83

12:                                               ; preds = %8
  %13 = fcmp olt double %3, %4
  %14 = select i1 %13, double %3, double %4
  %15 = select i1 %13, double %4, double %3
  %16 = fcmp oeq double %14, 0.000000e+00
  br i1 %16, label %83, label %17

17:                                               ; preds = %12
  %18 = fmul double %14, 0x43B0000000000000
  %19 = fcmp ogt double %15, %18
  br i1 %19, label %20, label %22

20:                                               ; preds = %17
  %21 = fadd double %15, %14
  br label %83

22:                                               ; preds = %17
  %23 = fcmp olt double %15, 0x170000000000000
  %24 = fmul double %15, 0x6570000000000000
  %25 = fmul double %14, 0x6570000000000000
  %26 = select i1 %23, double 0x1A70000000000000, double 1.000000e+00
  %27 = select i1 %23, double %25, double %14
  %28 = select i1 %23, double %24, double %15
  %29 = bitcast double %28 to i64
  %30 = lshr i64 %29, 52
  %31 = trunc i64 %30 to i32
  %32 = trunc i64 %30 to i16
  %33 = sub nsw i16 1023, %32
  %34 = sdiv i16 %33, 2
  %35 = zext i16 %34 to i32
  %36 = add nuw nsw i32 %35, 1023
  %37 = zext i32 %36 to i64
  %38 = shl i64 %37, 52
  %39 = bitcast i64 %38 to double
  %40 = add nuw nsw i32 %31, %35
  %41 = sub nsw i32 2046, %40
  %42 = zext i32 %41 to i64
  %43 = shl i64 %42, 52
  %44 = bitcast i64 %43 to double
  %45 = fmul double %39, %44
  %46 = fmul double %28, %45
  %47 = fmul double %27, %45
  %48 = fmul double %46, %46
  %49 = fneg double %48
  %50 = tail call double @llvm.fma.f64(double %46, double %46, double %49)
  %51 = fmul double %47, %47
  %52 = fneg double %51
  %53 = tail call double @llvm.fma.f64(double %47, double %47, double %52)
  %54 = fadd double %48, %51
  %55 = fsub double %54, %48
  %56 = fsub double %54, %55
  %57 = fsub double %48, %56
  %58 = fsub double %51, %55
  %59 = fadd double %58, %57
  %60 = fadd double %50, %53
  %61 = fadd double %60, %59
  %62 = tail call double @llvm.sqrt.f64(double %54)
  %63 = fneg double %62
  %64 = tail call double @llvm.fma.f64(double %63, double %62, double %54)
  %65 = fadd double %64, %61
  %66 = fmul double %62, 2.000000e+00
  %67 = fdiv double %65, %66
  %68 = fadd double %62, %67
  %69 = add nsw i16 %32, -1023
  %70 = sdiv i16 %69, 2
  %71 = sext i16 %70 to i32
  %72 = add nsw i32 %71, 1023
  %73 = zext i32 %72 to i64
  %74 = shl nuw i64 %73, 52
  %75 = bitcast i64 %74 to double
  %76 = fmul double %68, %75
  %77 = sub nsw i32 %31, %71
  %78 = zext i32 %77 to i64
  %79 = shl i64 %78, 52
  %80 = bitcast i64 %79 to double
  %81 = fmul double %76, %80
  %82 = fmul double %26, %81
  br label %83

83:                                               ; preds = %12, %2, %22, %20, %10
  %84 = phi double [ %11, %10 ], [ %21, %20 ], [ %82, %22 ], [ 0x7FF0000000000000, %2 ], [ %15, %12 ]
  ret double %84
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define dso_local double @pyir_fmod(double noundef %0, double noundef %1) local_unnamed_addr {
  %3 = bitcast double %0 to i64
  %4 = bitcast double %1 to i64
  %5 = lshr i64 %3, 52
  %6 = trunc i64 %5 to i32
  %7 = and i32 %6, 2047
  %8 = lshr i64 %4, 52
  %9 = trunc i64 %8 to i32
  %10 = and i32 %9, 2047
  %11 = and i64 %3, -9223372036854775808
  %12 = shl i64 %4, 1
  %13 = icmp eq i64 %12, 0
  br i1 %13, label %18, label %14

14:                                               ; preds = %2
  %15 = fcmp uno double %1, 0.000000e+00
  %16 = icmp eq i32 %7, 2047
  %17 = or i1 %15, %16
  br i1 %17, label %18, label %21

18:                                               ; preds = %14, %2
  %19 = fmul double %0, %1
  %20 = fdiv double %19, %19
  br label %121

21:                                               ; preds = %14
  %22 = shl i64 %3, 1
  %23 = icmp ugt i64 %22, %12
  br i1 %23, label %28, label %24

24:                                               ; preds = %21
  %25 = icmp eq i64 %22, %12
  %26 = fmul double %0, 0.000000e+00
  %27 = select i1 %25, double %26, double %0
  br label %121

28:                                               ; preds = %21
  %29 = icmp eq i32 %7, 0
  br i1 %29, label %30, label %44

30:                                               ; preds = %28
  %31 = shl i64 %3, 12
  %32 = icmp sgt i64 %31, -1
  br i1 %32, label %33, label %39

33:                                               ; preds = %30, %33
  %34 = phi i64 [ %37, %33 ], [ %31, %30 ]
  %35 = phi i32 [ %36, %33 ], [ 0, %30 ]
  %36 = add nsw i32 %35, -1
  %37 = shl nuw i64 %34, 1
  %38 = icmp sgt i64 %37, -1
  br i1 %38, label %33, label %39

39:                                               ; preds = %33, %30
  %40 = phi i32 [ 0, %30 ], [ %36, %33 ]
  %41 = sub i32 1, %40
  %42 = zext i32 %41 to i64
  %43 = shl i64 %3, %42
  br label %47

44:                                               ; preds = %28
  %45 = and i64 %3, 4503599627370495
  %46 = or i64 %45, 4503599627370496
  br label %47

47:                                               ; preds = %44, %39
  %48 = phi i32 [ %7, %44 ], [ %40, %39 ]
  %49 = phi i64 [ %46, %44 ], [ %43, %39 ]
  %50 = icmp eq i32 %10, 0
  br i1 %50, label %51, label %65

51:                                               ; preds = %47
  %52 = shl i64 %4, 12
  %53 = icmp sgt i64 %52, -1
  br i1 %53, label %54, label %60

54:                                               ; preds = %51, %54
  %55 = phi i64 [ %58, %54 ], [ %52, %51 ]
  %56 = phi i32 [ %57, %54 ], [ 0, %51 ]
  %57 = add nsw i32 %56, -1
  %58 = shl nuw i64 %55, 1
  %59 = icmp sgt i64 %58, -1
  br i1 %59, label %54, label %60

60:                                               ; preds = %54, %51
  %61 = phi i32 [ 0, %51 ], [ %57, %54 ]
  %62 = sub i32 1, %61
  %63 = zext i32 %62 to i64
  %64 = shl i64 %4, %63
  br label %68

65:                                               ; preds = %47
  %66 = and i64 %4, 4503599627370495
  %67 = or i64 %66, 4503599627370496
  br label %68

68:                                               ; preds = %65, %60
  %69 = phi i32 [ %10, %65 ], [ %61, %60 ]
  %70 = phi i64 [ %67, %65 ], [ %64, %60 ]
  %71 = icmp sgt i32 %48, %69
  br i1 %71, label %72, label %86

72:                                               ; preds = %68, %81
  %73 = phi i64 [ %83, %81 ], [ %49, %68 ]
  %74 = phi i32 [ %84, %81 ], [ %48, %68 ]
  %75 = sub i64 %73, %70
  %76 = icmp sgt i64 %75, -1
  br i1 %76, label %77, label %81

77:                                               ; preds = %72
  %78 = icmp eq i64 %75, 0
  br i1 %78, label %79, label %81

79:                                               ; preds = %77
  %80 = fmul double %0, 0.000000e+00
  br label %121

81:                                               ; preds = %77, %72
  %82 = phi i64 [ %73, %72 ], [ %75, %77 ]
  %83 = shl i64 %82, 1
  %84 = add nsw i32 %74, -1
  %85 = icmp sgt i32 %84, %69
  br i1 %85, label %72, label %86

86:                                               ; preds = %81, %68
  %87 = phi i32 [ %48, %68 ], [ %69, %81 ]
  %88 = phi i64 [ %49, %68 ], [ %83, %81 ]
  %89 = sub i64 %88, %70
  %90 = icmp sgt i64 %89, -1
  br i1 %90, label %91, label %95

91:                                               ; preds = %86
  %92 = icmp eq i64 %89, 0
  br i1 %92, label %93, label %95

93:                                               ; preds = %91
  %94 = fmul double %0, 0.000000e+00
  br label %121

95:                                               ; preds = %91, %86
  %96 = phi i64 [ %88, %86 ], [ %89, %91 ]
  %97 = icmp ult i64 %96, 4503599627370496
  br i1 %97, label %98, label %104

98:                                               ; preds = %95, %98
  %99 = phi i64 [ %101, %98 ], [ %96, %95 ]
  %100 = phi i32 [ %102, %98 ], [ %87, %95 ]
  %101 = shl nuw nsw i64 %99, 1
  %102 = add nsw i32 %100, -1
  %103 = icmp ult i64 %99, 2251799813685248
  br i1 %103, label %98, label %104

104:                                              ; preds = %98, %95
  %105 = phi i32 [ %87, %95 ], [ %102, %98 ]
  %106 = phi i64 [ %96, %95 ], [ %101, %98 ]
  %107 = icmp sgt i32 %105, 0
  br i1 %107, label %108, label %113

108:                                              ; preds = %104
  %109 = add i64 %106, -4503599627370496
  %110 = zext i32 %105 to i64
  %111 = shl i64 %110, 52
  %112 = or i64 %109, %111
  br label %117

113:                                              ; preds = %104
  %114 = sub i32 1, %105
  %115 = zext i32 %114 to i64
  %116 = lshr i64 %106, %115
  br label %117

117:                                              ; preds = %113, %108
  %118 = phi i64 [ %112, %108 ], [ %116, %113 ]
  %119 = or i64 %118, %11
  %120 = bitcast i64 %119 to double
  br label %121

121:                                              ; preds = %24, %79, %93, %117, %18
  %122 = phi double [ %20, %18 ], [ %80, %79 ], [ %94, %93 ], [ %120, %117 ], [ %27, %24 ]
  ret double %122
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_expf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = fcmp uno float %0, 0.000000e+00
  %4 = fcmp ogt float %0, 7.100000e+02
  %5 = fcmp olt float %0, -7.460000e+02
  %6 = or i1 %3, %4
  %7 = or i1 %5, %6
  %8 = select i1 %7, double 0.000000e+00, double %2
  %9 = fmul double %8, 0x3FF71547652B82FE
  %10 = tail call double @llvm.rint.f64(double %9)
  %11 = fneg double %10
  %12 = tail call double @llvm.fma.f64(double %11, double 0x3FE62E42FEE00000, double %8)
  %13 = tail call double @llvm.fma.f64(double %11, double 0x3DEA39EF35793C76, double %12)
  %14 = tail call double @llvm.fma.f64(double %13, double 0x3E5AE64567F544E4, double 0x3E927E4FB7789F5C)
  %15 = tail call double @llvm.fma.f64(double %14, double %13, double 0x3EC71DE3A556C734)
  %16 = tail call double @llvm.fma.f64(double %15, double %13, double 0x3EFA01A01A01A01A)
  %17 = tail call double @llvm.fma.f64(double %16, double %13, double 0x3F2A01A01A01A01A)
  %18 = tail call double @llvm.fma.f64(double %17, double %13, double 0x3F56C16C16C16C17)
  %19 = tail call double @llvm.fma.f64(double %18, double %13, double 0x3F81111111111111)
  %20 = tail call double @llvm.fma.f64(double %19, double %13, double 0x3FA5555555555555)
  %21 = tail call double @llvm.fma.f64(double %20, double %13, double 0x3FC5555555555555)
  %22 = tail call double @llvm.fma.f64(double %21, double %13, double 5.000000e-01)
  %23 = tail call double @llvm.fma.f64(double %22, double %13, double 1.000000e+00)
  %24 = tail call double @llvm.fma.f64(double %23, double %13, double 1.000000e+00)
  %25 = fptosi double %10 to i64
  %26 = ashr i64 %25, 1
  %27 = shl i64 %26, 52
  %28 = add i64 %27, 4607182418800017408
  %29 = bitcast i64 %28 to double
  %30 = sub nsw i64 %25, %26
  %31 = shl i64 %30, 52
  %32 = add i64 %31, 4607182418800017408
  %33 = bitcast i64 %32 to double
  %34 = fmul double %24, %29
  %35 = fmul double %34, %33
  %36 = select i1 %4, double 0x7FF0000000000000, double %35
  %37 = select i1 %5, double 0.000000e+00, double %36
  %38 = fadd double %2, %2
  %39 = select i1 %3, double %38, double %37
  %40 = fptrunc double %39 to float
  ret float %40
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_exp2f(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_exp2(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_exp10f(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_exp10(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_expm1f(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @llvm.fabs.f64(double %2)
  %4 = fcmp ord float %0, 0.000000e+00
  br i1 %4, label %7, label %5

5:                                                ; preds = %1
  %6 = fadd double %2, %2
  br label %145

7:                                                ; preds = %1
  %8 = fcmp olt double %3, 0x3C90000000000000
  br i1 %8, label %145, label %9

9:                                                ; preds = %7
  %10 = fcmp ogt float %0, 7.100000e+02
  br i1 %10, label %145, label %11

11:                                               ; preds = %9
  %12 = fcmp olt float %0, -4.000000e+01
  br i1 %12, label %145, label %13

13:                                               ; preds = %11
  %14 = fcmp ugt double %3, 3.400000e-01
  br i1 %14, label %44, label %15

15:                                               ; preds = %13
  %16 = tail call double @llvm.fma.f64(double %2, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %17 = tail call double @llvm.fma.f64(double %16, double %2, double 0x3E21EED8EFF8D898)
  %18 = tail call double @llvm.fma.f64(double %17, double %2, double 0x3E5AE64567F544E4)
  %19 = tail call double @llvm.fma.f64(double %18, double %2, double 0x3E927E4FB7789F5C)
  %20 = tail call double @llvm.fma.f64(double %19, double %2, double 0x3EC71DE3A556C734)
  %21 = tail call double @llvm.fma.f64(double %20, double %2, double 0x3EFA01A01A01A01A)
  %22 = tail call double @llvm.fma.f64(double %21, double %2, double 0x3F2A01A01A01A01A)
  %23 = tail call double @llvm.fma.f64(double %22, double %2, double 0x3F56C16C16C16C17)
  %24 = tail call double @llvm.fma.f64(double %23, double %2, double 0x3F81111111111111)
  %25 = tail call double @llvm.fma.f64(double %24, double %2, double 0x3FA5555555555555)
  %26 = tail call double @llvm.fma.f64(double %25, double %2, double 0x3FC5555555555555)
  %27 = tail call double @llvm.fma.f64(double %26, double %2, double 5.000000e-01)
  %28 = fmul double %2, %2
  %29 = fneg double %28
  %30 = tail call double @llvm.fma.f64(double %2, double %2, double %29)
  %31 = fmul double %28, %27
  %32 = fneg double %31
  %33 = tail call double @llvm.fma.f64(double %28, double %27, double %32)
  %34 = fmul double %30, %27
  %35 = fadd double %34, %33
  %36 = fadd double %31, %2
  %37 = fsub double %36, %2
  %38 = fsub double %36, %37
  %39 = fsub double %2, %38
  %40 = fsub double %31, %37
  %41 = fadd double %40, %39
  %42 = fadd double %35, %41
  %43 = fadd double %36, %42
  br label %145

44:                                               ; preds = %13
  %45 = fmul double %2, 0x3FF71547652B82FE
  %46 = tail call double @llvm.rint.f64(double %45)
  %47 = fcmp ogt double %46, 6.000000e+01
  br i1 %47, label %48, label %95

48:                                               ; preds = %44
  %49 = fcmp olt float %0, -7.460000e+02
  %50 = select i1 %49, double 0.000000e+00, double %2
  %51 = fmul double %50, 0x40671547652B82FE
  %52 = tail call double @llvm.rint.f64(double %51)
  %53 = fneg double %52
  %54 = tail call double @llvm.fma.f64(double %53, double 0x3F762E42FEE00000, double %50)
  %55 = fmul double %52, 0x3D7A39EF35793C76
  %56 = fneg double %55
  %57 = tail call double @llvm.fma.f64(double %52, double 0x3D7A39EF35793C76, double %56)
  %58 = fsub double %54, %55
  %59 = fsub double %58, %54
  %60 = fsub double %58, %59
  %61 = fsub double %54, %60
  %62 = fsub double %56, %59
  %63 = fadd double %62, %61
  %64 = fsub double %63, %57
  %65 = fadd double %64, 0.000000e+00
  %66 = fmul double %58, %58
  %67 = tail call double @llvm.fma.f64(double %58, double 0x3FC5555555555555, double 5.000000e-01)
  %68 = tail call double @llvm.fma.f64(double %58, double 0x3F81111111111111, double 0x3FA5555555555555)
  %69 = tail call double @llvm.fma.f64(double %66, double 0x3F56C16C16C16C17, double %68)
  %70 = tail call double @llvm.fma.f64(double %69, double %66, double %67)
  %71 = tail call double @llvm.fma.f64(double %66, double %70, double %58)
  %72 = tail call double @llvm.fma.f64(double %65, double %71, double %65)
  %73 = fadd double %71, %72
  %74 = fptosi double %52 to i64
  %75 = and i64 %74, 127
  %76 = lshr i64 %74, 7
  %77 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %75
  %78 = load double, ptr %77, align 8
  %79 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %75
  %80 = load double, ptr %79, align 8
  %81 = tail call double @llvm.fma.f64(double %78, double %73, double %80)
  %82 = fadd double %78, %81
  %83 = ashr i64 %74, 8
  %84 = shl i64 %83, 52
  %85 = add i64 %84, 4607182418800017408
  %86 = bitcast i64 %85 to double
  %87 = sub nsw i64 %76, %83
  %88 = shl i64 %87, 52
  %89 = add i64 %88, 4607182418800017408
  %90 = bitcast i64 %89 to double
  %91 = fmul double %82, %86
  %92 = fmul double %91, %90
  %93 = fadd double %92, -1.000000e+00
  %94 = select i1 %49, double -1.000000e+00, double %93
  br label %145

95:                                               ; preds = %44
  %96 = fneg double %46
  %97 = tail call double @llvm.fma.f64(double %96, double 0x3FE62E42FEE00000, double %2)
  %98 = fmul double %46, 0x3DEA39EF35793C76
  %99 = fneg double %98
  %100 = tail call double @llvm.fma.f64(double %46, double 0x3DEA39EF35793C76, double %99)
  %101 = fsub double %97, %98
  %102 = fsub double %101, %97
  %103 = fsub double %101, %102
  %104 = fsub double %97, %103
  %105 = fsub double %99, %102
  %106 = fadd double %105, %104
  %107 = fsub double %106, %100
  %108 = tail call double @llvm.fma.f64(double %101, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %109 = tail call double @llvm.fma.f64(double %108, double %101, double 0x3E21EED8EFF8D898)
  %110 = tail call double @llvm.fma.f64(double %109, double %101, double 0x3E5AE64567F544E4)
  %111 = tail call double @llvm.fma.f64(double %110, double %101, double 0x3E927E4FB7789F5C)
  %112 = tail call double @llvm.fma.f64(double %111, double %101, double 0x3EC71DE3A556C734)
  %113 = tail call double @llvm.fma.f64(double %112, double %101, double 0x3EFA01A01A01A01A)
  %114 = tail call double @llvm.fma.f64(double %113, double %101, double 0x3F2A01A01A01A01A)
  %115 = tail call double @llvm.fma.f64(double %114, double %101, double 0x3F56C16C16C16C17)
  %116 = tail call double @llvm.fma.f64(double %115, double %101, double 0x3F81111111111111)
  %117 = tail call double @llvm.fma.f64(double %116, double %101, double 0x3FA5555555555555)
  %118 = tail call double @llvm.fma.f64(double %117, double %101, double 0x3FC5555555555555)
  %119 = tail call double @llvm.fma.f64(double %118, double %101, double 5.000000e-01)
  %120 = fmul double %101, %101
  %121 = fneg double %120
  %122 = tail call double @llvm.fma.f64(double %101, double %101, double %121)
  %123 = fmul double %120, %119
  %124 = fneg double %123
  %125 = tail call double @llvm.fma.f64(double %120, double %119, double %124)
  %126 = fmul double %122, %119
  %127 = fadd double %126, %125
  %128 = fadd double %101, %123
  %129 = fsub double %128, %101
  %130 = fsub double %128, %129
  %131 = fsub double %101, %130
  %132 = fsub double %123, %129
  %133 = fadd double %132, %131
  %134 = fadd double %127, %133
  %135 = fadd double %128, %134
  %136 = tail call double @llvm.fma.f64(double %107, double %135, double %107)
  %137 = fadd double %135, %136
  %138 = fptosi double %46 to i64
  %139 = shl i64 %138, 52
  %140 = add i64 %139, 4607182418800017408
  %141 = bitcast i64 %140 to double
  %142 = fmul double %137, %141
  %143 = fadd double %141, -1.000000e+00
  %144 = fadd double %143, %142
  br label %145

145:                                              ; preds = %5, %7, %9, %11, %15, %48, %95
  %146 = phi double [ %6, %5 ], [ %43, %15 ], [ %2, %7 ], [ 0x7FF0000000000000, %9 ], [ -1.000000e+00, %11 ], [ %94, %48 ], [ %144, %95 ]
  %147 = fptrunc double %146 to float
  ret float %147
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_logf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = fcmp uno float %0, 0.000000e+00
  %4 = fcmp olt float %0, 0.000000e+00
  %5 = fcmp oeq float %0, 0.000000e+00
  %6 = fcmp oeq float %0, 0x7FF0000000000000
  %7 = fcmp ule float %0, 0.000000e+00
  %8 = or i1 %7, %6
  %9 = bitcast double %2 to i64
  %10 = select i1 %8, i64 4607182418800017408, i64 %9
  %11 = add i64 %10, -4604531861337669632
  %12 = lshr i64 %11, 45
  %13 = and i64 %12, 127
  %14 = ashr i64 %11, 52
  %15 = and i64 %11, -4503599627370496
  %16 = sub i64 %10, %15
  %17 = bitcast i64 %16 to double
  %18 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %13
  %19 = load double, ptr %18, align 8
  %20 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %13
  %21 = load double, ptr %20, align 8
  %22 = tail call double @llvm.fma.f64(double %17, double %19, double -1.000000e+00)
  %23 = tail call double @llvm.fma.f64(double %22, double 0xBFC5555555555555, double 2.000000e-01)
  %24 = tail call double @llvm.fma.f64(double %23, double %22, double -2.500000e-01)
  %25 = tail call double @llvm.fma.f64(double %24, double %22, double 0x3FD5555555555555)
  %26 = tail call double @llvm.fma.f64(double %25, double %22, double -5.000000e-01)
  %27 = sitofp i64 %14 to double
  %28 = tail call double @llvm.fma.f64(double %27, double 0x3FE62E42FEFA39EF, double %21)
  %29 = fmul double %22, %22
  %30 = tail call double @llvm.fma.f64(double %29, double %26, double %22)
  %31 = fadd double %28, %30
  %32 = select i1 %6, double %2, double %31
  %33 = select i1 %4, double 0x7FF8000000000000, double %32
  %34 = select i1 %5, double 0xFFF0000000000000, double %33
  %35 = fadd double %2, %2
  %36 = select i1 %3, double %35, double %34
  %37 = fptrunc double %36 to float
  ret float %37
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_log2f(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_log2(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_log10f(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_log10(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_log1pf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_log1p(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local float @pyir_sinf(float noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = fpext float %0 to double
  %5 = tail call double @llvm.fabs.f64(double %4)
  %6 = fcmp olt double %5, 5.242880e+05
  br i1 %6, label %111, label %7

7:                                                ; preds = %1
  %8 = fcmp ueq double %5, 0x7FF0000000000000
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = fsub double %4, %4
  br label %108

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  %12 = call fastcc i32 @reduce_large(double noundef %5, ptr noundef nonnull %2, ptr noundef nonnull %3)
  switch i32 %12, label %76 [
    i32 0, label %13
    i32 1, label %31
    i32 2, label %57
  ]

13:                                               ; preds = %11
  %14 = load double, ptr %2, align 8
  %15 = load double, ptr %3, align 8
  %16 = fmul double %14, %14
  %17 = tail call double @llvm.fma.f64(double %16, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %18 = tail call double @llvm.fma.f64(double %17, double %16, double 0xBD6AE7F3E733B81F)
  %19 = tail call double @llvm.fma.f64(double %18, double %16, double 0x3DE6124613A86D09)
  %20 = tail call double @llvm.fma.f64(double %19, double %16, double 0xBE5AE64567F544E4)
  %21 = tail call double @llvm.fma.f64(double %20, double %16, double 0x3EC71DE3A556C734)
  %22 = tail call double @llvm.fma.f64(double %21, double %16, double 0xBF2A01A01A01A01A)
  %23 = tail call double @llvm.fma.f64(double %22, double %16, double 0x3F81111111111111)
  %24 = tail call double @llvm.fma.f64(double %23, double %16, double 0xBFC5555555555555)
  %25 = fmul double %14, %16
  %26 = fmul double %16, 5.000000e-01
  %27 = fsub double 1.000000e+00, %26
  %28 = fmul double %15, %27
  %29 = tail call double @llvm.fma.f64(double %25, double %24, double %28)
  %30 = fadd double %14, %29
  br label %103

31:                                               ; preds = %11
  %32 = load double, ptr %2, align 8
  %33 = load double, ptr %3, align 8
  %34 = fmul double %32, %32
  %35 = tail call double @llvm.fma.f64(double %34, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %36 = tail call double @llvm.fma.f64(double %35, double %34, double 0x3D2AE7F3E733B81F)
  %37 = tail call double @llvm.fma.f64(double %36, double %34, double 0xBDA93974A8C07C9D)
  %38 = tail call double @llvm.fma.f64(double %37, double %34, double 0x3E21EED8EFF8D898)
  %39 = tail call double @llvm.fma.f64(double %38, double %34, double 0xBE927E4FB7789F5C)
  %40 = tail call double @llvm.fma.f64(double %39, double %34, double 0x3EFA01A01A01A01A)
  %41 = tail call double @llvm.fma.f64(double %40, double %34, double 0xBF56C16C16C16C17)
  %42 = tail call double @llvm.fma.f64(double %41, double %34, double 0x3FA5555555555555)
  %43 = fmul double %34, 5.000000e-01
  %44 = fmul double %32, 5.000000e-01
  %45 = fneg double %43
  %46 = tail call double @llvm.fma.f64(double %44, double %32, double %45)
  %47 = fsub double 1.000000e+00, %43
  %48 = fsub double 1.000000e+00, %47
  %49 = fsub double %48, %43
  %50 = fmul double %34, %34
  %51 = fneg double %32
  %52 = fmul double %33, %51
  %53 = tail call double @llvm.fma.f64(double %50, double %42, double %52)
  %54 = fsub double %53, %46
  %55 = fadd double %49, %54
  %56 = fadd double %47, %55
  br label %103

57:                                               ; preds = %11
  %58 = load double, ptr %2, align 8
  %59 = load double, ptr %3, align 8
  %60 = fmul double %58, %58
  %61 = tail call double @llvm.fma.f64(double %60, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %62 = tail call double @llvm.fma.f64(double %61, double %60, double 0xBD6AE7F3E733B81F)
  %63 = tail call double @llvm.fma.f64(double %62, double %60, double 0x3DE6124613A86D09)
  %64 = tail call double @llvm.fma.f64(double %63, double %60, double 0xBE5AE64567F544E4)
  %65 = tail call double @llvm.fma.f64(double %64, double %60, double 0x3EC71DE3A556C734)
  %66 = tail call double @llvm.fma.f64(double %65, double %60, double 0xBF2A01A01A01A01A)
  %67 = tail call double @llvm.fma.f64(double %66, double %60, double 0x3F81111111111111)
  %68 = tail call double @llvm.fma.f64(double %67, double %60, double 0xBFC5555555555555)
  %69 = fmul double %58, %60
  %70 = fmul double %60, 5.000000e-01
  %71 = fsub double 1.000000e+00, %70
  %72 = fmul double %59, %71
  %73 = tail call double @llvm.fma.f64(double %69, double %68, double %72)
  %74 = fadd double %58, %73
  %75 = fneg double %74
  br label %103

76:                                               ; preds = %11
  %77 = load double, ptr %2, align 8
  %78 = load double, ptr %3, align 8
  %79 = fmul double %77, %77
  %80 = tail call double @llvm.fma.f64(double %79, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %81 = tail call double @llvm.fma.f64(double %80, double %79, double 0x3D2AE7F3E733B81F)
  %82 = tail call double @llvm.fma.f64(double %81, double %79, double 0xBDA93974A8C07C9D)
  %83 = tail call double @llvm.fma.f64(double %82, double %79, double 0x3E21EED8EFF8D898)
  %84 = tail call double @llvm.fma.f64(double %83, double %79, double 0xBE927E4FB7789F5C)
  %85 = tail call double @llvm.fma.f64(double %84, double %79, double 0x3EFA01A01A01A01A)
  %86 = tail call double @llvm.fma.f64(double %85, double %79, double 0xBF56C16C16C16C17)
  %87 = tail call double @llvm.fma.f64(double %86, double %79, double 0x3FA5555555555555)
  %88 = fmul double %79, 5.000000e-01
  %89 = fmul double %77, 5.000000e-01
  %90 = fneg double %88
  %91 = tail call double @llvm.fma.f64(double %89, double %77, double %90)
  %92 = fsub double 1.000000e+00, %88
  %93 = fsub double 1.000000e+00, %92
  %94 = fsub double %93, %88
  %95 = fmul double %79, %79
  %96 = fneg double %77
  %97 = fmul double %78, %96
  %98 = tail call double @llvm.fma.f64(double %95, double %87, double %97)
  %99 = fsub double %98, %91
  %100 = fadd double %94, %99
  %101 = fadd double %92, %100
  %102 = fneg double %101
  br label %103

103:                                              ; preds = %76, %57, %31, %13
  %104 = phi double [ %102, %76 ], [ %75, %57 ], [ %56, %31 ], [ %30, %13 ]
  %105 = fcmp olt float %0, 0.000000e+00
  %106 = fneg double %104
  %107 = select i1 %105, double %106, double %104
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %108

108:                                              ; preds = %103, %9
  %109 = phi double [ %10, %9 ], [ %107, %103 ]
  %110 = fptrunc double %109 to float
  br label %155

111:                                              ; preds = %1
  %112 = fcmp olt double %5, 0x3E50000000000000
  br i1 %112, label %155, label %113

113:                                              ; preds = %111
  %114 = fmul double %5, 0x3FE45F306DC9C883
  %115 = tail call double @llvm.rint.f64(double %114)
  %116 = fmul double %115, 0x3FF921FB54400000
  %117 = fsub double %5, %116
  %118 = fmul double %115, 0x3DD0B4611A600000
  %119 = fsub double %117, %118
  %120 = fmul double %115, 0x3BA3198A2E000000
  %121 = fsub double %119, %120
  %122 = fptosi double %115 to i64
  %123 = and i64 %122, 1
  %124 = icmp eq i64 %123, 0
  %125 = fmul double %121, %121
  br i1 %124, label %136, label %126

126:                                              ; preds = %113
  %127 = tail call double @llvm.fma.f64(double %125, double 0x3D2AE7F3E733B81F, double 0xBDA93974A8C07C9D)
  %128 = tail call double @llvm.fma.f64(double %127, double %125, double 0x3E21EED8EFF8D898)
  %129 = tail call double @llvm.fma.f64(double %128, double %125, double 0xBE927E4FB7789F5C)
  %130 = tail call double @llvm.fma.f64(double %129, double %125, double 0x3EFA01A01A01A01A)
  %131 = tail call double @llvm.fma.f64(double %130, double %125, double 0xBF56C16C16C16C17)
  %132 = tail call double @llvm.fma.f64(double %131, double %125, double 0x3FA5555555555555)
  %133 = fmul double %125, %125
  %134 = tail call double @llvm.fma.f64(double %125, double -5.000000e-01, double 1.000000e+00)
  %135 = tail call double @llvm.fma.f64(double %133, double %132, double %134)
  br label %145

136:                                              ; preds = %113
  %137 = tail call double @llvm.fma.f64(double %125, double 0xBD6AE7F3E733B81F, double 0x3DE6124613A86D09)
  %138 = tail call double @llvm.fma.f64(double %137, double %125, double 0xBE5AE64567F544E4)
  %139 = tail call double @llvm.fma.f64(double %138, double %125, double 0x3EC71DE3A556C734)
  %140 = tail call double @llvm.fma.f64(double %139, double %125, double 0xBF2A01A01A01A01A)
  %141 = tail call double @llvm.fma.f64(double %140, double %125, double 0x3F81111111111111)
  %142 = tail call double @llvm.fma.f64(double %141, double %125, double 0xBFC5555555555555)
  %143 = fmul double %121, %125
  %144 = tail call double @llvm.fma.f64(double %143, double %142, double %121)
  br label %145

145:                                              ; preds = %136, %126
  %146 = phi double [ %135, %126 ], [ %144, %136 ]
  %147 = and i64 %122, 2
  %148 = icmp eq i64 %147, 0
  %149 = fneg double %146
  %150 = select i1 %148, double %146, double %149
  %151 = fcmp olt float %0, 0.000000e+00
  %152 = fneg double %150
  %153 = select i1 %151, double %152, double %150
  %154 = fptrunc double %153 to float
  br label %155

155:                                              ; preds = %108, %111, %145
  %156 = phi float [ %154, %145 ], [ %110, %108 ], [ %0, %111 ]
  ret float %156
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local float @pyir_cosf(float noundef %0) local_unnamed_addr {
  %2 = alloca double, align 8
  %3 = alloca double, align 8
  %4 = fpext float %0 to double
  %5 = tail call double @llvm.fabs.f64(double %4)
  %6 = fcmp olt double %5, 5.242880e+05
  br i1 %6, label %105, label %7

7:                                                ; preds = %1
  %8 = fcmp ueq double %5, 0x7FF0000000000000
  br i1 %8, label %9, label %11

9:                                                ; preds = %7
  %10 = fsub double %4, %4
  br label %144

11:                                               ; preds = %7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %2)
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %3)
  %12 = call fastcc i32 @reduce_large(double noundef %5, ptr noundef nonnull %2, ptr noundef nonnull %3)
  switch i32 %12, label %85 [
    i32 0, label %13
    i32 1, label %39
    i32 2, label %58
  ]

13:                                               ; preds = %11
  %14 = load double, ptr %2, align 8
  %15 = load double, ptr %3, align 8
  %16 = fmul double %14, %14
  %17 = tail call double @llvm.fma.f64(double %16, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %18 = tail call double @llvm.fma.f64(double %17, double %16, double 0x3D2AE7F3E733B81F)
  %19 = tail call double @llvm.fma.f64(double %18, double %16, double 0xBDA93974A8C07C9D)
  %20 = tail call double @llvm.fma.f64(double %19, double %16, double 0x3E21EED8EFF8D898)
  %21 = tail call double @llvm.fma.f64(double %20, double %16, double 0xBE927E4FB7789F5C)
  %22 = tail call double @llvm.fma.f64(double %21, double %16, double 0x3EFA01A01A01A01A)
  %23 = tail call double @llvm.fma.f64(double %22, double %16, double 0xBF56C16C16C16C17)
  %24 = tail call double @llvm.fma.f64(double %23, double %16, double 0x3FA5555555555555)
  %25 = fmul double %16, 5.000000e-01
  %26 = fmul double %14, 5.000000e-01
  %27 = fneg double %25
  %28 = tail call double @llvm.fma.f64(double %26, double %14, double %27)
  %29 = fsub double 1.000000e+00, %25
  %30 = fsub double 1.000000e+00, %29
  %31 = fsub double %30, %25
  %32 = fmul double %16, %16
  %33 = fneg double %14
  %34 = fmul double %15, %33
  %35 = tail call double @llvm.fma.f64(double %32, double %24, double %34)
  %36 = fsub double %35, %28
  %37 = fadd double %31, %36
  %38 = fadd double %29, %37
  br label %103

39:                                               ; preds = %11
  %40 = load double, ptr %2, align 8
  %41 = load double, ptr %3, align 8
  %42 = fmul double %40, %40
  %43 = tail call double @llvm.fma.f64(double %42, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %44 = tail call double @llvm.fma.f64(double %43, double %42, double 0xBD6AE7F3E733B81F)
  %45 = tail call double @llvm.fma.f64(double %44, double %42, double 0x3DE6124613A86D09)
  %46 = tail call double @llvm.fma.f64(double %45, double %42, double 0xBE5AE64567F544E4)
  %47 = tail call double @llvm.fma.f64(double %46, double %42, double 0x3EC71DE3A556C734)
  %48 = tail call double @llvm.fma.f64(double %47, double %42, double 0xBF2A01A01A01A01A)
  %49 = tail call double @llvm.fma.f64(double %48, double %42, double 0x3F81111111111111)
  %50 = tail call double @llvm.fma.f64(double %49, double %42, double 0xBFC5555555555555)
  %51 = fmul double %40, %42
  %52 = fmul double %42, 5.000000e-01
  %53 = fsub double 1.000000e+00, %52
  %54 = fmul double %41, %53
  %55 = tail call double @llvm.fma.f64(double %51, double %50, double %54)
  %56 = fadd double %40, %55
  %57 = fneg double %56
  br label %103

58:                                               ; preds = %11
  %59 = load double, ptr %2, align 8
  %60 = load double, ptr %3, align 8
  %61 = fmul double %59, %59
  %62 = tail call double @llvm.fma.f64(double %61, double 0x3C1E542BA4020225, double 0xBCA6827863B97D97)
  %63 = tail call double @llvm.fma.f64(double %62, double %61, double 0x3D2AE7F3E733B81F)
  %64 = tail call double @llvm.fma.f64(double %63, double %61, double 0xBDA93974A8C07C9D)
  %65 = tail call double @llvm.fma.f64(double %64, double %61, double 0x3E21EED8EFF8D898)
  %66 = tail call double @llvm.fma.f64(double %65, double %61, double 0xBE927E4FB7789F5C)
  %67 = tail call double @llvm.fma.f64(double %66, double %61, double 0x3EFA01A01A01A01A)
  %68 = tail call double @llvm.fma.f64(double %67, double %61, double 0xBF56C16C16C16C17)
  %69 = tail call double @llvm.fma.f64(double %68, double %61, double 0x3FA5555555555555)
  %70 = fmul double %61, 5.000000e-01
  %71 = fmul double %59, 5.000000e-01
  %72 = fneg double %70
  %73 = tail call double @llvm.fma.f64(double %71, double %59, double %72)
  %74 = fsub double 1.000000e+00, %70
  %75 = fsub double 1.000000e+00, %74
  %76 = fsub double %75, %70
  %77 = fmul double %61, %61
  %78 = fneg double %59
  %79 = fmul double %60, %78
  %80 = tail call double @llvm.fma.f64(double %77, double %69, double %79)
  %81 = fsub double %80, %73
  %82 = fadd double %76, %81
  %83 = fadd double %74, %82
  %84 = fneg double %83
  br label %103

85:                                               ; preds = %11
  %86 = load double, ptr %2, align 8
  %87 = load double, ptr %3, align 8
  %88 = fmul double %86, %86
  %89 = tail call double @llvm.fma.f64(double %88, double 0xBC62F49B46814157, double 0x3CE952C77030AD4A)
  %90 = tail call double @llvm.fma.f64(double %89, double %88, double 0xBD6AE7F3E733B81F)
  %91 = tail call double @llvm.fma.f64(double %90, double %88, double 0x3DE6124613A86D09)
  %92 = tail call double @llvm.fma.f64(double %91, double %88, double 0xBE5AE64567F544E4)
  %93 = tail call double @llvm.fma.f64(double %92, double %88, double 0x3EC71DE3A556C734)
  %94 = tail call double @llvm.fma.f64(double %93, double %88, double 0xBF2A01A01A01A01A)
  %95 = tail call double @llvm.fma.f64(double %94, double %88, double 0x3F81111111111111)
  %96 = tail call double @llvm.fma.f64(double %95, double %88, double 0xBFC5555555555555)
  %97 = fmul double %86, %88
  %98 = fmul double %88, 5.000000e-01
  %99 = fsub double 1.000000e+00, %98
  %100 = fmul double %87, %99
  %101 = tail call double @llvm.fma.f64(double %97, double %96, double %100)
  %102 = fadd double %86, %101
  br label %103

103:                                              ; preds = %85, %58, %39, %13
  %104 = phi double [ %102, %85 ], [ %84, %58 ], [ %57, %39 ], [ %38, %13 ]
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %3)
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %2)
  br label %144

105:                                              ; preds = %1
  %106 = fmul double %5, 0x3FE45F306DC9C883
  %107 = tail call double @llvm.rint.f64(double %106)
  %108 = fmul double %107, 0x3FF921FB54400000
  %109 = fsub double %5, %108
  %110 = fmul double %107, 0x3DD0B4611A600000
  %111 = fsub double %109, %110
  %112 = fmul double %107, 0x3BA3198A2E000000
  %113 = fsub double %111, %112
  %114 = fptosi double %107 to i64
  %115 = and i64 %114, 1
  %116 = icmp eq i64 %115, 0
  %117 = fmul double %113, %113
  br i1 %116, label %118, label %128

118:                                              ; preds = %105
  %119 = tail call double @llvm.fma.f64(double %117, double 0x3D2AE7F3E733B81F, double 0xBDA93974A8C07C9D)
  %120 = tail call double @llvm.fma.f64(double %119, double %117, double 0x3E21EED8EFF8D898)
  %121 = tail call double @llvm.fma.f64(double %120, double %117, double 0xBE927E4FB7789F5C)
  %122 = tail call double @llvm.fma.f64(double %121, double %117, double 0x3EFA01A01A01A01A)
  %123 = tail call double @llvm.fma.f64(double %122, double %117, double 0xBF56C16C16C16C17)
  %124 = tail call double @llvm.fma.f64(double %123, double %117, double 0x3FA5555555555555)
  %125 = fmul double %117, %117
  %126 = tail call double @llvm.fma.f64(double %117, double -5.000000e-01, double 1.000000e+00)
  %127 = tail call double @llvm.fma.f64(double %125, double %124, double %126)
  br label %137

128:                                              ; preds = %105
  %129 = tail call double @llvm.fma.f64(double %117, double 0xBD6AE7F3E733B81F, double 0x3DE6124613A86D09)
  %130 = tail call double @llvm.fma.f64(double %129, double %117, double 0xBE5AE64567F544E4)
  %131 = tail call double @llvm.fma.f64(double %130, double %117, double 0x3EC71DE3A556C734)
  %132 = tail call double @llvm.fma.f64(double %131, double %117, double 0xBF2A01A01A01A01A)
  %133 = tail call double @llvm.fma.f64(double %132, double %117, double 0x3F81111111111111)
  %134 = tail call double @llvm.fma.f64(double %133, double %117, double 0xBFC5555555555555)
  %135 = fmul double %113, %117
  %136 = tail call double @llvm.fma.f64(double %135, double %134, double %113)
  br label %137

137:                                              ; preds = %128, %118
  %138 = phi double [ %127, %118 ], [ %136, %128 ]
  %139 = add i64 %114, 1
  %140 = and i64 %139, 2
  %141 = icmp eq i64 %140, 0
  %142 = fneg double %138
  %143 = select i1 %141, double %138, double %142
  br label %144

144:                                              ; preds = %9, %103, %137
  %145 = phi double [ %143, %137 ], [ %10, %9 ], [ %104, %103 ]
  %146 = fptrunc double %145 to float
  ret float %146
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local float @pyir_tanf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @llvm.fabs.f64(double %2)
  %4 = fcmp olt double %3, 5.242880e+05
  br i1 %4, label %8, label %5

5:                                                ; preds = %1
  %6 = tail call double @pyir_tan(double noundef %2)
  %7 = fptrunc double %6 to float
  br label %48

8:                                                ; preds = %1
  %9 = fcmp olt double %3, 0x3E40000000000000
  br i1 %9, label %48, label %10

10:                                               ; preds = %8
  %11 = fmul double %3, 0x3FE45F306DC9C883
  %12 = tail call double @llvm.rint.f64(double %11)
  %13 = fmul double %12, 0x3FF921FB54400000
  %14 = fsub double %3, %13
  %15 = fmul double %12, 0x3DD0B4611A600000
  %16 = fsub double %14, %15
  %17 = fmul double %12, 0x3BA3198A2E000000
  %18 = fsub double %16, %17
  %19 = fptosi double %12 to i64
  %20 = fmul double %18, %18
  %21 = tail call double @llvm.fma.f64(double %20, double 0xBD6AE7F3E733B81F, double 0x3DE6124613A86D09)
  %22 = tail call double @llvm.fma.f64(double %21, double %20, double 0xBE5AE64567F544E4)
  %23 = tail call double @llvm.fma.f64(double %22, double %20, double 0x3EC71DE3A556C734)
  %24 = tail call double @llvm.fma.f64(double %23, double %20, double 0xBF2A01A01A01A01A)
  %25 = tail call double @llvm.fma.f64(double %24, double %20, double 0x3F81111111111111)
  %26 = tail call double @llvm.fma.f64(double %25, double %20, double 0xBFC5555555555555)
  %27 = fmul double %18, %20
  %28 = tail call double @llvm.fma.f64(double %27, double %26, double %18)
  %29 = tail call double @llvm.fma.f64(double %20, double 0x3D2AE7F3E733B81F, double 0xBDA93974A8C07C9D)
  %30 = tail call double @llvm.fma.f64(double %29, double %20, double 0x3E21EED8EFF8D898)
  %31 = tail call double @llvm.fma.f64(double %30, double %20, double 0xBE927E4FB7789F5C)
  %32 = tail call double @llvm.fma.f64(double %31, double %20, double 0x3EFA01A01A01A01A)
  %33 = tail call double @llvm.fma.f64(double %32, double %20, double 0xBF56C16C16C16C17)
  %34 = tail call double @llvm.fma.f64(double %33, double %20, double 0x3FA5555555555555)
  %35 = fmul double %20, %20
  %36 = tail call double @llvm.fma.f64(double %20, double -5.000000e-01, double 1.000000e+00)
  %37 = tail call double @llvm.fma.f64(double %35, double %34, double %36)
  %38 = and i64 %19, 1
  %39 = icmp eq i64 %38, 0
  %40 = fneg double %37
  %41 = fdiv double %40, %28
  %42 = fdiv double %28, %37
  %43 = select i1 %39, double %42, double %41
  %44 = fcmp olt float %0, 0.000000e+00
  %45 = fneg double %43
  %46 = select i1 %44, double %45, double %43
  %47 = fptrunc double %46 to float
  br label %48

48:                                               ; preds = %8, %10, %5
  %49 = phi float [ %47, %10 ], [ %7, %5 ], [ %0, %8 ]
  ret float %49
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_sinhf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_sinh(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_coshf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_cosh(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_tanhf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @llvm.fabs.f64(double %2)
  %4 = fcmp ugt double %3, 9.100000e+00
  br i1 %4, label %5, label %11

5:                                                ; preds = %1
  %6 = fcmp ord float %0, 0.000000e+00
  br i1 %6, label %9, label %7

7:                                                ; preds = %5
  %8 = fadd double %2, %2
  br label %99

9:                                                ; preds = %5
  %10 = tail call double @llvm.copysign.f64(double 1.000000e+00, double %2)
  br label %99

11:                                               ; preds = %1
  %12 = fmul double %3, 2.000000e+00
  %13 = fcmp ugt double %12, 3.400000e-01
  br i1 %13, label %43, label %14

14:                                               ; preds = %11
  %15 = tail call double @llvm.fma.f64(double %12, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %16 = tail call double @llvm.fma.f64(double %15, double %12, double 0x3E21EED8EFF8D898)
  %17 = tail call double @llvm.fma.f64(double %16, double %12, double 0x3E5AE64567F544E4)
  %18 = tail call double @llvm.fma.f64(double %17, double %12, double 0x3E927E4FB7789F5C)
  %19 = tail call double @llvm.fma.f64(double %18, double %12, double 0x3EC71DE3A556C734)
  %20 = tail call double @llvm.fma.f64(double %19, double %12, double 0x3EFA01A01A01A01A)
  %21 = tail call double @llvm.fma.f64(double %20, double %12, double 0x3F2A01A01A01A01A)
  %22 = tail call double @llvm.fma.f64(double %21, double %12, double 0x3F56C16C16C16C17)
  %23 = tail call double @llvm.fma.f64(double %22, double %12, double 0x3F81111111111111)
  %24 = tail call double @llvm.fma.f64(double %23, double %12, double 0x3FA5555555555555)
  %25 = tail call double @llvm.fma.f64(double %24, double %12, double 0x3FC5555555555555)
  %26 = tail call double @llvm.fma.f64(double %25, double %12, double 5.000000e-01)
  %27 = fmul double %12, %12
  %28 = fneg double %27
  %29 = tail call double @llvm.fma.f64(double %12, double %12, double %28)
  %30 = fmul double %27, %26
  %31 = fneg double %30
  %32 = tail call double @llvm.fma.f64(double %27, double %26, double %31)
  %33 = fmul double %29, %26
  %34 = fadd double %33, %32
  %35 = fadd double %12, %30
  %36 = fsub double %35, %12
  %37 = fsub double %35, %36
  %38 = fsub double %12, %37
  %39 = fsub double %30, %36
  %40 = fadd double %39, %38
  %41 = fadd double %34, %40
  %42 = fadd double %35, %41
  br label %94

43:                                               ; preds = %11
  %44 = fcmp uno double %12, 0.000000e+00
  %45 = fcmp ogt double %12, 7.100000e+02
  %46 = or i1 %44, %45
  %47 = select i1 %46, double 0.000000e+00, double %12
  %48 = fmul double %47, 0x40671547652B82FE
  %49 = tail call double @llvm.rint.f64(double %48)
  %50 = fneg double %49
  %51 = tail call double @llvm.fma.f64(double %50, double 0x3F762E42FEE00000, double %47)
  %52 = fmul double %49, 0x3D7A39EF35793C76
  %53 = fneg double %52
  %54 = tail call double @llvm.fma.f64(double %49, double 0x3D7A39EF35793C76, double %53)
  %55 = fsub double %51, %52
  %56 = fsub double %55, %51
  %57 = fsub double %55, %56
  %58 = fsub double %51, %57
  %59 = fsub double %53, %56
  %60 = fadd double %59, %58
  %61 = fsub double %60, %54
  %62 = fadd double %61, 0.000000e+00
  %63 = fmul double %55, %55
  %64 = tail call double @llvm.fma.f64(double %55, double 0x3FC5555555555555, double 5.000000e-01)
  %65 = tail call double @llvm.fma.f64(double %55, double 0x3F81111111111111, double 0x3FA5555555555555)
  %66 = tail call double @llvm.fma.f64(double %63, double 0x3F56C16C16C16C17, double %65)
  %67 = tail call double @llvm.fma.f64(double %66, double %63, double %64)
  %68 = tail call double @llvm.fma.f64(double %63, double %67, double %55)
  %69 = tail call double @llvm.fma.f64(double %62, double %68, double %62)
  %70 = fadd double %68, %69
  %71 = fptosi double %49 to i64
  %72 = and i64 %71, 127
  %73 = lshr i64 %71, 7
  %74 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %72
  %75 = load double, ptr %74, align 8
  %76 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %72
  %77 = load double, ptr %76, align 8
  %78 = tail call double @llvm.fma.f64(double %75, double %70, double %77)
  %79 = fadd double %75, %78
  %80 = ashr i64 %71, 8
  %81 = shl i64 %80, 52
  %82 = add i64 %81, 4607182418800017408
  %83 = bitcast i64 %82 to double
  %84 = sub nsw i64 %73, %80
  %85 = shl i64 %84, 52
  %86 = add i64 %85, 4607182418800017408
  %87 = bitcast i64 %86 to double
  %88 = fmul double %79, %83
  %89 = fmul double %88, %87
  %90 = select i1 %45, double 0x7FF0000000000000, double %89
  %91 = fadd double %12, %12
  %92 = select i1 %44, double %91, double %90
  %93 = fadd double %92, -1.000000e+00
  br label %94

94:                                               ; preds = %43, %14
  %95 = phi double [ %42, %14 ], [ %93, %43 ]
  %96 = fadd double %95, 2.000000e+00
  %97 = fdiv double %95, %96
  %98 = tail call double @llvm.copysign.f64(double %97, double %2)
  br label %99

99:                                               ; preds = %7, %9, %94
  %100 = phi double [ %98, %94 ], [ %8, %7 ], [ %10, %9 ]
  %101 = fptrunc double %100 to float
  ret float %101
}

; Function Attrs: inlinehint mustprogress nofree nosync nounwind willreturn memory(none)
define internal fastcc double @expm1_small_gen_d(double noundef %0) unnamed_addr {
  %2 = tail call double @llvm.fma.f64(double %0, double 0x3DA93974A8C07C9D, double 0x3DE6124613A86D09)
  %3 = tail call double @llvm.fma.f64(double %2, double %0, double 0x3E21EED8EFF8D898)
  %4 = tail call double @llvm.fma.f64(double %3, double %0, double 0x3E5AE64567F544E4)
  %5 = tail call double @llvm.fma.f64(double %4, double %0, double 0x3E927E4FB7789F5C)
  %6 = tail call double @llvm.fma.f64(double %5, double %0, double 0x3EC71DE3A556C734)
  %7 = tail call double @llvm.fma.f64(double %6, double %0, double 0x3EFA01A01A01A01A)
  %8 = tail call double @llvm.fma.f64(double %7, double %0, double 0x3F2A01A01A01A01A)
  %9 = tail call double @llvm.fma.f64(double %8, double %0, double 0x3F56C16C16C16C17)
  %10 = tail call double @llvm.fma.f64(double %9, double %0, double 0x3F81111111111111)
  %11 = tail call double @llvm.fma.f64(double %10, double %0, double 0x3FA5555555555555)
  %12 = tail call double @llvm.fma.f64(double %11, double %0, double 0x3FC5555555555555)
  %13 = tail call double @llvm.fma.f64(double %12, double %0, double 5.000000e-01)
  %14 = fmul double %0, %0
  %15 = fneg double %14
  %16 = tail call double @llvm.fma.f64(double %0, double %0, double %15)
  %17 = fmul double %14, %13
  %18 = fneg double %17
  %19 = tail call double @llvm.fma.f64(double %14, double %13, double %18)
  %20 = fmul double %16, %13
  %21 = fadd double %20, %19
  %22 = fadd double %17, %0
  %23 = fsub double %22, %0
  %24 = fsub double %22, %23
  %25 = fsub double %0, %24
  %26 = fsub double %17, %23
  %27 = fadd double %26, %25
  %28 = fadd double %21, %27
  %29 = fadd double %22, %28
  ret double %29
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_asinf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_asin(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_acosf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_acos(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_atanf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_atan(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local float @pyir_cbrtf(float noundef %0) local_unnamed_addr {
  %2 = fpext float %0 to double
  %3 = tail call double @pyir_cbrt(double noundef %2)
  %4 = fptrunc double %3 to float
  ret float %4
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_powf(float noundef %0, float noundef %1) local_unnamed_addr {
  %3 = fpext float %0 to double
  %4 = fpext float %1 to double
  %5 = tail call double @pyir_pow(double noundef %3, double noundef %4)
  %6 = fptrunc double %5 to float
  ret float %6
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_atan2f(float noundef %0, float noundef %1) local_unnamed_addr {
  %3 = fpext float %0 to double
  %4 = fpext float %1 to double
  %5 = tail call double @pyir_atan2(double noundef %3, double noundef %4)
  %6 = fptrunc double %5 to float
  ret float %6
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local float @pyir_hypotf(float noundef %0, float noundef %1) local_unnamed_addr {
  %3 = fpext float %0 to double
  %4 = fpext float %1 to double
  %5 = tail call double @pyir_hypot(double noundef %3, double noundef %4)
  %6 = fptrunc double %5 to float
  ret float %6
}

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define dso_local float @pyir_fmodf(float noundef %0, float noundef %1) local_unnamed_addr {
  %3 = fpext float %0 to double
  %4 = fpext float %1 to double
  %5 = tail call double @pyir_fmod(double noundef %3, double noundef %4)
  %6 = fptrunc double %5 to float
  ret float %6
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <4 x double> @pyir_exp_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = fcmp uno <4 x double> %0, zeroinitializer
  %3 = fcmp ogt <4 x double> %0, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %4 = fcmp olt <4 x double> %0, <double -7.460000e+02, double -7.460000e+02, double -7.460000e+02, double -7.460000e+02>
  %5 = or <4 x i1> %4, %2
  %6 = or <4 x i1> %5, %3
  %7 = select <4 x i1> %6, <4 x double> zeroinitializer, <4 x double> %0
  %8 = fmul <4 x double> %7, <double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE>
  %9 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %8)
  %10 = fneg <4 x double> %9
  %11 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %10, <4 x double> <double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000>, <4 x double> %7)
  %12 = fmul <4 x double> %9, <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>
  %13 = fneg <4 x double> %12
  %14 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %9, <4 x double> <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>, <4 x double> %13)
  %15 = fsub <4 x double> %11, %12
  %16 = fsub <4 x double> %15, %11
  %17 = fsub <4 x double> %15, %16
  %18 = fsub <4 x double> %11, %17
  %19 = fsub <4 x double> %13, %16
  %20 = fadd <4 x double> %19, %18
  %21 = fsub <4 x double> %20, %14
  %22 = fadd <4 x double> %21, zeroinitializer
  %23 = fmul <4 x double> %15, %15
  %24 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %15, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %25 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %15, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %26 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %23, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>, <4 x double> %25)
  %27 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %26, <4 x double> %23, <4 x double> %24)
  %28 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %23, <4 x double> %27, <4 x double> %15)
  %29 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %22, <4 x double> %28, <4 x double> %22)
  %30 = fadd <4 x double> %28, %29
  %31 = fadd <4 x double> %9, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %32 = bitcast <4 x double> %31 to <4 x i64>
  %33 = add <4 x i64> %32, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %34 = and <4 x i64> %32, <i64 127, i64 127, i64 127, i64 127>
  %35 = lshr <4 x i64> %32, <i64 7, i64 7, i64 7, i64 7>
  %36 = extractelement <4 x i64> %34, i64 0
  %37 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = insertelement <4 x double> undef, double %38, i64 0
  %40 = extractelement <4 x i64> %34, i64 1
  %41 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %40
  %42 = load double, ptr %41, align 8
  %43 = insertelement <4 x double> %39, double %42, i64 1
  %44 = extractelement <4 x i64> %34, i64 2
  %45 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %44
  %46 = load double, ptr %45, align 8
  %47 = insertelement <4 x double> %43, double %46, i64 2
  %48 = extractelement <4 x i64> %34, i64 3
  %49 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = insertelement <4 x double> %47, double %50, i64 3
  %52 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %36
  %53 = load double, ptr %52, align 8
  %54 = insertelement <4 x double> undef, double %53, i64 0
  %55 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %40
  %56 = load double, ptr %55, align 8
  %57 = insertelement <4 x double> %54, double %56, i64 1
  %58 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %44
  %59 = load double, ptr %58, align 8
  %60 = insertelement <4 x double> %57, double %59, i64 2
  %61 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %48
  %62 = load double, ptr %61, align 8
  %63 = insertelement <4 x double> %60, double %62, i64 3
  %64 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %51, <4 x double> %30, <4 x double> %63)
  %65 = fadd <4 x double> %51, %64
  %66 = ashr <4 x i64> %33, <i64 8, i64 8, i64 8, i64 8>
  %67 = shl <4 x i64> %66, <i64 52, i64 52, i64 52, i64 52>
  %68 = add <4 x i64> %67, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %69 = bitcast <4 x i64> %68 to <4 x double>
  %70 = sub nsw <4 x i64> %35, %66
  %71 = shl <4 x i64> %70, <i64 52, i64 52, i64 52, i64 52>
  %72 = add <4 x i64> %71, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %73 = bitcast <4 x i64> %72 to <4 x double>
  %74 = fmul <4 x double> %65, %69
  %75 = fmul <4 x double> %74, %73
  %76 = bitcast <4 x double> %75 to <4 x i64>
  %77 = select <4 x i1> %3, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %76
  %78 = fadd <4 x double> %0, %0
  %79 = bitcast <4 x double> %78 to <4 x i64>
  %80 = select <4 x i1> %2, <4 x i64> %79, <4 x i64> zeroinitializer
  %81 = select <4 x i1> %5, <4 x i64> zeroinitializer, <4 x i64> %77
  %82 = or <4 x i64> %81, %80
  %83 = bitcast <4 x i64> %82 to <4 x double>
  ret <4 x double> %83
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <8 x float> @pyir_expf_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = fcmp uno <4 x float> %2, zeroinitializer
  %7 = fcmp ogt <4 x float> %2, <float 7.100000e+02, float 7.100000e+02, float 7.100000e+02, float 7.100000e+02>
  %8 = fcmp olt <4 x float> %2, <float -7.460000e+02, float -7.460000e+02, float -7.460000e+02, float -7.460000e+02>
  %9 = or <4 x i1> %8, %6
  %10 = or <4 x i1> %9, %7
  %11 = select <4 x i1> %10, <4 x double> zeroinitializer, <4 x double> %3
  %12 = fmul <4 x double> %11, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %13 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %12)
  %14 = fneg <4 x double> %13
  %15 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %14, <4 x double> <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>, <4 x double> %11)
  %16 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %14, <4 x double> <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>, <4 x double> %15)
  %17 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %16, <4 x double> <double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4>, <4 x double> <double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C>)
  %18 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> %16, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %19 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %18, <4 x double> %16, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %20 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %19, <4 x double> %16, <4 x double> <double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A>)
  %21 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %20, <4 x double> %16, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>)
  %22 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %21, <4 x double> %16, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %23 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %22, <4 x double> %16, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %24 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %23, <4 x double> %16, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>)
  %25 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %24, <4 x double> %16, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %26 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %25, <4 x double> %16, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %27 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %26, <4 x double> %16, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %28 = fadd <4 x double> %13, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %29 = bitcast <4 x double> %28 to <4 x i64>
  %30 = add <4 x i64> %29, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %31 = ashr <4 x i64> %30, <i64 1, i64 1, i64 1, i64 1>
  %32 = shl <4 x i64> %31, <i64 52, i64 52, i64 52, i64 52>
  %33 = add <4 x i64> %32, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %34 = bitcast <4 x i64> %33 to <4 x double>
  %35 = sub <4 x i64> %29, %31
  %36 = shl <4 x i64> %35, <i64 52, i64 52, i64 52, i64 52>
  %37 = add <4 x i64> %36, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %38 = bitcast <4 x i64> %37 to <4 x double>
  %39 = fmul <4 x double> %27, %34
  %40 = fmul <4 x double> %39, %38
  %41 = bitcast <4 x double> %40 to <4 x i64>
  %42 = select <4 x i1> %7, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %41
  %43 = fadd <4 x double> %3, %3
  %44 = bitcast <4 x double> %43 to <4 x i64>
  %45 = select <4 x i1> %6, <4 x i64> %44, <4 x i64> zeroinitializer
  %46 = select <4 x i1> %9, <4 x i64> zeroinitializer, <4 x i64> %42
  %47 = or <4 x i64> %46, %45
  %48 = bitcast <4 x i64> %47 to <4 x double>
  %49 = fptrunc <4 x double> %48 to <4 x float>
  %50 = fcmp uno <4 x float> %4, zeroinitializer
  %51 = fcmp ogt <4 x float> %4, <float 7.100000e+02, float 7.100000e+02, float 7.100000e+02, float 7.100000e+02>
  %52 = fcmp olt <4 x float> %4, <float -7.460000e+02, float -7.460000e+02, float -7.460000e+02, float -7.460000e+02>
  %53 = or <4 x i1> %52, %50
  %54 = or <4 x i1> %53, %51
  %55 = select <4 x i1> %54, <4 x double> zeroinitializer, <4 x double> %5
  %56 = fmul <4 x double> %55, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %57 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %56)
  %58 = fneg <4 x double> %57
  %59 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %58, <4 x double> <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>, <4 x double> %55)
  %60 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %58, <4 x double> <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>, <4 x double> %59)
  %61 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %60, <4 x double> <double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4>, <4 x double> <double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C>)
  %62 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %61, <4 x double> %60, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %63 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %62, <4 x double> %60, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %64 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %63, <4 x double> %60, <4 x double> <double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A>)
  %65 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> %60, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>)
  %66 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %65, <4 x double> %60, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %67 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %66, <4 x double> %60, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %68 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %67, <4 x double> %60, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>)
  %69 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %68, <4 x double> %60, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %70 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %69, <4 x double> %60, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %71 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %70, <4 x double> %60, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %72 = fadd <4 x double> %57, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %73 = bitcast <4 x double> %72 to <4 x i64>
  %74 = add <4 x i64> %73, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %75 = ashr <4 x i64> %74, <i64 1, i64 1, i64 1, i64 1>
  %76 = shl <4 x i64> %75, <i64 52, i64 52, i64 52, i64 52>
  %77 = add <4 x i64> %76, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %78 = bitcast <4 x i64> %77 to <4 x double>
  %79 = sub <4 x i64> %73, %75
  %80 = shl <4 x i64> %79, <i64 52, i64 52, i64 52, i64 52>
  %81 = add <4 x i64> %80, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %82 = bitcast <4 x i64> %81 to <4 x double>
  %83 = fmul <4 x double> %71, %78
  %84 = fmul <4 x double> %83, %82
  %85 = bitcast <4 x double> %84 to <4 x i64>
  %86 = select <4 x i1> %51, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %85
  %87 = fadd <4 x double> %5, %5
  %88 = bitcast <4 x double> %87 to <4 x i64>
  %89 = select <4 x i1> %50, <4 x i64> %88, <4 x i64> zeroinitializer
  %90 = select <4 x i1> %53, <4 x i64> zeroinitializer, <4 x i64> %86
  %91 = or <4 x i64> %90, %89
  %92 = bitcast <4 x i64> %91 to <4 x double>
  %93 = fptrunc <4 x double> %92 to <4 x float>
  %94 = shufflevector <4 x float> %49, <4 x float> %93, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %94
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <4 x double> @pyir_log_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = fcmp uno <4 x double> %0, zeroinitializer
  %3 = fcmp uge <4 x double> %0, zeroinitializer
  %4 = fcmp une <4 x double> %0, zeroinitializer
  %5 = fcmp oeq <4 x double> %0, <double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000>
  %6 = fcmp ule <4 x double> %0, zeroinitializer
  %7 = or <4 x i1> %6, %5
  %8 = select <4 x i1> %7, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, <4 x double> %0
  %9 = fcmp olt <4 x double> %8, <double 0x10000000000000, double 0x10000000000000, double 0x10000000000000, double 0x10000000000000>
  %10 = fmul <4 x double> %8, <double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000>
  %11 = select <4 x i1> %9, <4 x double> %10, <4 x double> %8
  %12 = bitcast <4 x double> %11 to <4 x i64>
  %13 = add <4 x i64> %12, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %14 = lshr <4 x i64> %13, <i64 45, i64 45, i64 45, i64 45>
  %15 = and <4 x i64> %14, <i64 127, i64 127, i64 127, i64 127>
  %16 = ashr <4 x i64> %13, <i64 52, i64 52, i64 52, i64 52>
  %17 = and <4 x i64> %13, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %18 = sub <4 x i64> %12, %17
  %19 = bitcast <4 x i64> %18 to <4 x double>
  %20 = extractelement <4 x i64> %15, i64 0
  %21 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = insertelement <4 x double> undef, double %22, i64 0
  %24 = extractelement <4 x i64> %15, i64 1
  %25 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = insertelement <4 x double> %23, double %26, i64 1
  %28 = extractelement <4 x i64> %15, i64 2
  %29 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = insertelement <4 x double> %27, double %30, i64 2
  %32 = extractelement <4 x i64> %15, i64 3
  %33 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = insertelement <4 x double> %31, double %34, i64 3
  %36 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %20
  %37 = load double, ptr %36, align 8
  %38 = insertelement <4 x double> undef, double %37, i64 0
  %39 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %24
  %40 = load double, ptr %39, align 8
  %41 = insertelement <4 x double> %38, double %40, i64 1
  %42 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %28
  %43 = load double, ptr %42, align 8
  %44 = insertelement <4 x double> %41, double %43, i64 2
  %45 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %32
  %46 = load double, ptr %45, align 8
  %47 = insertelement <4 x double> %44, double %46, i64 3
  %48 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %20
  %49 = load double, ptr %48, align 8
  %50 = insertelement <4 x double> undef, double %49, i64 0
  %51 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %24
  %52 = load double, ptr %51, align 8
  %53 = insertelement <4 x double> %50, double %52, i64 1
  %54 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %28
  %55 = load double, ptr %54, align 8
  %56 = insertelement <4 x double> %53, double %55, i64 2
  %57 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %32
  %58 = load double, ptr %57, align 8
  %59 = insertelement <4 x double> %56, double %58, i64 3
  %60 = fmul <4 x double> %35, %19
  %61 = fneg <4 x double> %60
  %62 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %19, <4 x double> %35, <4 x double> %61)
  %63 = fadd <4 x double> %60, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %64 = fadd <4 x double> %63, %62
  %65 = fsub <4 x double> %64, %63
  %66 = fsub <4 x double> %62, %65
  %67 = add nsw <4 x i64> %16, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %68 = bitcast <4 x i64> %67 to <4 x double>
  %69 = fadd <4 x double> %68, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %70 = select <4 x i1> %9, <4 x double> <double -5.400000e+01, double -5.400000e+01, double -5.400000e+01, double -5.400000e+01>, <4 x double> zeroinitializer
  %71 = fadd <4 x double> %70, %69
  %72 = fmul <4 x double> %71, <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>
  %73 = fadd <4 x double> %72, %47
  %74 = fsub <4 x double> %73, %72
  %75 = fsub <4 x double> %47, %74
  %76 = fadd <4 x double> %64, %73
  %77 = fmul <4 x double> %71, <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>
  %78 = fadd <4 x double> %77, %59
  %79 = fadd <4 x double> %75, %78
  %80 = fsub <4 x double> %73, %76
  %81 = fadd <4 x double> %64, %80
  %82 = fmul <4 x double> %64, <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>
  %83 = fmul <4 x double> %64, %82
  %84 = fadd <4 x double> %83, %76
  %85 = fneg <4 x double> %83
  %86 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %82, <4 x double> %64, <4 x double> %85)
  %87 = fsub <4 x double> %76, %84
  %88 = fadd <4 x double> %83, %87
  %89 = fmul <4 x double> %64, %64
  %90 = fmul <4 x double> %89, %89
  %91 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %92 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %93 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double -1.250000e-01, double -1.250000e-01, double -1.250000e-01, double -1.250000e-01>, <4 x double> <double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492>)
  %94 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double -1.000000e-01, double -1.000000e-01, double -1.000000e-01, double -1.000000e-01>, <4 x double> <double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C>)
  %95 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %94, <4 x double> %89, <4 x double> %93)
  %96 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %92, <4 x double> %89, <4 x double> %91)
  %97 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %95, <4 x double> %90, <4 x double> %96)
  %98 = fmul <4 x double> %64, %89
  %99 = fadd <4 x double> %81, %79
  %100 = fadd <4 x double> %86, %99
  %101 = fadd <4 x double> %88, %100
  %102 = fmul <4 x double> %98, %97
  %103 = fadd <4 x double> %102, %101
  %104 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %64
  %105 = fmul <4 x double> %104, %66
  %106 = fadd <4 x double> %105, %103
  %107 = fadd <4 x double> %84, %106
  %108 = fsub <4 x double> %84, %107
  %109 = fadd <4 x double> %106, %108
  %110 = fadd <4 x double> %107, %109
  %111 = fcmp une <4 x double> %0, <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>
  %112 = fadd <4 x double> %0, %0
  %113 = select <4 x i1> %111, <4 x double> %110, <4 x double> zeroinitializer
  %114 = select <4 x i1> %5, <4 x double> %0, <4 x double> %113
  %115 = select <4 x i1> %3, <4 x double> %114, <4 x double> <double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000>
  %116 = select <4 x i1> %4, <4 x double> %115, <4 x double> <double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000>
  %117 = select <4 x i1> %2, <4 x double> %112, <4 x double> %116
  ret <4 x double> %117
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <8 x float> @pyir_logf_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = fcmp uno <4 x float> %2, zeroinitializer
  %7 = fcmp uge <4 x float> %2, zeroinitializer
  %8 = fcmp une <4 x float> %2, zeroinitializer
  %9 = fcmp oeq <4 x float> %2, <float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000>
  %10 = fcmp ule <4 x float> %2, zeroinitializer
  %11 = or <4 x i1> %10, %9
  %12 = bitcast <4 x double> %3 to <4 x i64>
  %13 = select <4 x i1> %11, <4 x i64> <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>, <4 x i64> %12
  %14 = add <4 x i64> %13, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %15 = lshr <4 x i64> %14, <i64 45, i64 45, i64 45, i64 45>
  %16 = and <4 x i64> %15, <i64 127, i64 127, i64 127, i64 127>
  %17 = ashr <4 x i64> %14, <i64 52, i64 52, i64 52, i64 52>
  %18 = and <4 x i64> %14, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %19 = sub <4 x i64> %13, %18
  %20 = bitcast <4 x i64> %19 to <4 x double>
  %21 = extractelement <4 x i64> %16, i64 0
  %22 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %21
  %23 = load double, ptr %22, align 8
  %24 = insertelement <4 x double> undef, double %23, i64 0
  %25 = extractelement <4 x i64> %16, i64 1
  %26 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %25
  %27 = load double, ptr %26, align 8
  %28 = insertelement <4 x double> %24, double %27, i64 1
  %29 = extractelement <4 x i64> %16, i64 2
  %30 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %29
  %31 = load double, ptr %30, align 8
  %32 = insertelement <4 x double> %28, double %31, i64 2
  %33 = extractelement <4 x i64> %16, i64 3
  %34 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %33
  %35 = load double, ptr %34, align 8
  %36 = insertelement <4 x double> %32, double %35, i64 3
  %37 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %21
  %38 = load double, ptr %37, align 8
  %39 = insertelement <4 x double> undef, double %38, i64 0
  %40 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %25
  %41 = load double, ptr %40, align 8
  %42 = insertelement <4 x double> %39, double %41, i64 1
  %43 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %29
  %44 = load double, ptr %43, align 8
  %45 = insertelement <4 x double> %42, double %44, i64 2
  %46 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %33
  %47 = load double, ptr %46, align 8
  %48 = insertelement <4 x double> %45, double %47, i64 3
  %49 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %20, <4 x double> %36, <4 x double> <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>)
  %50 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %49, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %51 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %50, <4 x double> %49, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>)
  %52 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %51, <4 x double> %49, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %53 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %52, <4 x double> %49, <4 x double> <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>)
  %54 = add nsw <4 x i64> %17, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %55 = bitcast <4 x i64> %54 to <4 x double>
  %56 = fadd <4 x double> %55, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %57 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %56, <4 x double> <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>, <4 x double> %48)
  %58 = fmul <4 x double> %49, %49
  %59 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %58, <4 x double> %53, <4 x double> %49)
  %60 = fadd <4 x double> %57, %59
  %61 = select <4 x i1> %9, <4 x double> %3, <4 x double> %60
  %62 = fadd <4 x double> %3, %3
  %63 = select <4 x i1> %7, <4 x double> %61, <4 x double> <double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000>
  %64 = select <4 x i1> %8, <4 x double> %63, <4 x double> <double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000>
  %65 = select <4 x i1> %6, <4 x double> %62, <4 x double> %64
  %66 = fptrunc <4 x double> %65 to <4 x float>
  %67 = fcmp uno <4 x float> %4, zeroinitializer
  %68 = fcmp uge <4 x float> %4, zeroinitializer
  %69 = fcmp une <4 x float> %4, zeroinitializer
  %70 = fcmp oeq <4 x float> %4, <float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000>
  %71 = fcmp ule <4 x float> %4, zeroinitializer
  %72 = or <4 x i1> %71, %70
  %73 = bitcast <4 x double> %5 to <4 x i64>
  %74 = select <4 x i1> %72, <4 x i64> <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>, <4 x i64> %73
  %75 = add <4 x i64> %74, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %76 = lshr <4 x i64> %75, <i64 45, i64 45, i64 45, i64 45>
  %77 = and <4 x i64> %76, <i64 127, i64 127, i64 127, i64 127>
  %78 = ashr <4 x i64> %75, <i64 52, i64 52, i64 52, i64 52>
  %79 = and <4 x i64> %75, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %80 = sub <4 x i64> %74, %79
  %81 = bitcast <4 x i64> %80 to <4 x double>
  %82 = extractelement <4 x i64> %77, i64 0
  %83 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %82
  %84 = load double, ptr %83, align 8
  %85 = insertelement <4 x double> undef, double %84, i64 0
  %86 = extractelement <4 x i64> %77, i64 1
  %87 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %86
  %88 = load double, ptr %87, align 8
  %89 = insertelement <4 x double> %85, double %88, i64 1
  %90 = extractelement <4 x i64> %77, i64 2
  %91 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %90
  %92 = load double, ptr %91, align 8
  %93 = insertelement <4 x double> %89, double %92, i64 2
  %94 = extractelement <4 x i64> %77, i64 3
  %95 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %94
  %96 = load double, ptr %95, align 8
  %97 = insertelement <4 x double> %93, double %96, i64 3
  %98 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %82
  %99 = load double, ptr %98, align 8
  %100 = insertelement <4 x double> undef, double %99, i64 0
  %101 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %86
  %102 = load double, ptr %101, align 8
  %103 = insertelement <4 x double> %100, double %102, i64 1
  %104 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %90
  %105 = load double, ptr %104, align 8
  %106 = insertelement <4 x double> %103, double %105, i64 2
  %107 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %94
  %108 = load double, ptr %107, align 8
  %109 = insertelement <4 x double> %106, double %108, i64 3
  %110 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %81, <4 x double> %97, <4 x double> <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>)
  %111 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %110, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %112 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %111, <4 x double> %110, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>)
  %113 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %112, <4 x double> %110, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %114 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %113, <4 x double> %110, <4 x double> <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>)
  %115 = add nsw <4 x i64> %78, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %116 = bitcast <4 x i64> %115 to <4 x double>
  %117 = fadd <4 x double> %116, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %118 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %117, <4 x double> <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>, <4 x double> %109)
  %119 = fmul <4 x double> %110, %110
  %120 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %119, <4 x double> %114, <4 x double> %110)
  %121 = fadd <4 x double> %118, %120
  %122 = select <4 x i1> %70, <4 x double> %5, <4 x double> %121
  %123 = fadd <4 x double> %5, %5
  %124 = select <4 x i1> %68, <4 x double> %122, <4 x double> <double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000>
  %125 = select <4 x i1> %69, <4 x double> %124, <4 x double> <double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000>
  %126 = select <4 x i1> %67, <4 x double> %123, <4 x double> %125
  %127 = fptrunc <4 x double> %126 to <4 x float>
  %128 = shufflevector <4 x float> %66, <4 x float> %127, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %128
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <4 x double> @pyir_exp2_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = fmul <4 x double> %0, <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>
  %3 = fneg <4 x double> %2
  %4 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %0, <4 x double> <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>, <4 x double> %3)
  %5 = fmul <4 x double> %0, <double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F>
  %6 = fadd <4 x double> %5, %4
  %7 = fcmp uno <4 x double> %2, zeroinitializer
  %8 = fcmp ogt <4 x double> %2, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %9 = fcmp olt <4 x double> %2, <double -7.460000e+02, double -7.460000e+02, double -7.460000e+02, double -7.460000e+02>
  %10 = or <4 x i1> %9, %7
  %11 = or <4 x i1> %10, %8
  %12 = bitcast <4 x double> %2 to <4 x i64>
  %13 = xor <4 x i1> %11, <i1 true, i1 true, i1 true, i1 true>
  %14 = sext <4 x i1> %13 to <4 x i64>
  %15 = and <4 x i64> %14, %12
  %16 = bitcast <4 x i64> %15 to <4 x double>
  %17 = fmul <4 x double> %16, <double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE>
  %18 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %17)
  %19 = fneg <4 x double> %18
  %20 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %19, <4 x double> <double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000>, <4 x double> %16)
  %21 = fmul <4 x double> %18, <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>
  %22 = fneg <4 x double> %21
  %23 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %18, <4 x double> <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>, <4 x double> %22)
  %24 = fsub <4 x double> %20, %21
  %25 = fsub <4 x double> %24, %20
  %26 = fsub <4 x double> %24, %25
  %27 = fsub <4 x double> %20, %26
  %28 = fsub <4 x double> %22, %25
  %29 = fadd <4 x double> %28, %27
  %30 = fsub <4 x double> %29, %23
  %31 = bitcast <4 x double> %6 to <4 x i64>
  %32 = and <4 x i64> %14, %31
  %33 = bitcast <4 x i64> %32 to <4 x double>
  %34 = fadd <4 x double> %30, %33
  %35 = fmul <4 x double> %24, %24
  %36 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %24, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %37 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %24, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %38 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %35, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>, <4 x double> %37)
  %39 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %38, <4 x double> %35, <4 x double> %36)
  %40 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %35, <4 x double> %39, <4 x double> %24)
  %41 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %34, <4 x double> %40, <4 x double> %34)
  %42 = fadd <4 x double> %40, %41
  %43 = fadd <4 x double> %18, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %44 = bitcast <4 x double> %43 to <4 x i64>
  %45 = add <4 x i64> %44, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %46 = and <4 x i64> %44, <i64 127, i64 127, i64 127, i64 127>
  %47 = lshr <4 x i64> %44, <i64 7, i64 7, i64 7, i64 7>
  %48 = extractelement <4 x i64> %46, i64 0
  %49 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %48
  %50 = load double, ptr %49, align 8
  %51 = insertelement <4 x double> undef, double %50, i64 0
  %52 = extractelement <4 x i64> %46, i64 1
  %53 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %52
  %54 = load double, ptr %53, align 8
  %55 = insertelement <4 x double> %51, double %54, i64 1
  %56 = extractelement <4 x i64> %46, i64 2
  %57 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = insertelement <4 x double> %55, double %58, i64 2
  %60 = extractelement <4 x i64> %46, i64 3
  %61 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = insertelement <4 x double> %59, double %62, i64 3
  %64 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %48
  %65 = load double, ptr %64, align 8
  %66 = insertelement <4 x double> undef, double %65, i64 0
  %67 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %52
  %68 = load double, ptr %67, align 8
  %69 = insertelement <4 x double> %66, double %68, i64 1
  %70 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %56
  %71 = load double, ptr %70, align 8
  %72 = insertelement <4 x double> %69, double %71, i64 2
  %73 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %60
  %74 = load double, ptr %73, align 8
  %75 = insertelement <4 x double> %72, double %74, i64 3
  %76 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %63, <4 x double> %42, <4 x double> %75)
  %77 = fadd <4 x double> %63, %76
  %78 = ashr <4 x i64> %45, <i64 8, i64 8, i64 8, i64 8>
  %79 = shl <4 x i64> %78, <i64 52, i64 52, i64 52, i64 52>
  %80 = add <4 x i64> %79, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %81 = bitcast <4 x i64> %80 to <4 x double>
  %82 = sub nsw <4 x i64> %47, %78
  %83 = shl <4 x i64> %82, <i64 52, i64 52, i64 52, i64 52>
  %84 = add <4 x i64> %83, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %85 = bitcast <4 x i64> %84 to <4 x double>
  %86 = fmul <4 x double> %77, %81
  %87 = fmul <4 x double> %86, %85
  %88 = bitcast <4 x double> %87 to <4 x i64>
  %89 = select <4 x i1> %8, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %88
  %90 = fadd <4 x double> %2, %2
  %91 = bitcast <4 x double> %90 to <4 x i64>
  %92 = select <4 x i1> %7, <4 x i64> %91, <4 x i64> zeroinitializer
  %93 = select <4 x i1> %10, <4 x i64> zeroinitializer, <4 x i64> %89
  %94 = or <4 x i64> %93, %92
  %95 = bitcast <4 x i64> %94 to <4 x double>
  ret <4 x double> %95
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <8 x float> @pyir_exp2f_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = fmul <4 x double> %3, <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>
  %7 = fneg <4 x double> %6
  %8 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %3, <4 x double> <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>, <4 x double> %7)
  %9 = fmul <4 x double> %3, <double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F>
  %10 = fadd <4 x double> %9, %8
  %11 = fcmp uno <4 x double> %6, zeroinitializer
  %12 = fcmp ogt <4 x double> %6, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %13 = fcmp olt <4 x double> %6, <double -7.460000e+02, double -7.460000e+02, double -7.460000e+02, double -7.460000e+02>
  %14 = or <4 x i1> %13, %11
  %15 = or <4 x i1> %14, %12
  %16 = bitcast <4 x double> %6 to <4 x i64>
  %17 = xor <4 x i1> %15, <i1 true, i1 true, i1 true, i1 true>
  %18 = sext <4 x i1> %17 to <4 x i64>
  %19 = and <4 x i64> %18, %16
  %20 = bitcast <4 x i64> %19 to <4 x double>
  %21 = fmul <4 x double> %20, <double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE>
  %22 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %21)
  %23 = fneg <4 x double> %22
  %24 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %23, <4 x double> <double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000>, <4 x double> %20)
  %25 = fmul <4 x double> %22, <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>
  %26 = fneg <4 x double> %25
  %27 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %22, <4 x double> <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>, <4 x double> %26)
  %28 = fsub <4 x double> %24, %25
  %29 = fsub <4 x double> %28, %24
  %30 = fsub <4 x double> %28, %29
  %31 = fsub <4 x double> %24, %30
  %32 = fsub <4 x double> %26, %29
  %33 = fadd <4 x double> %32, %31
  %34 = fsub <4 x double> %33, %27
  %35 = bitcast <4 x double> %10 to <4 x i64>
  %36 = and <4 x i64> %18, %35
  %37 = bitcast <4 x i64> %36 to <4 x double>
  %38 = fadd <4 x double> %34, %37
  %39 = fmul <4 x double> %28, %28
  %40 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %28, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %41 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %28, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %42 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %39, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>, <4 x double> %41)
  %43 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %42, <4 x double> %39, <4 x double> %40)
  %44 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %39, <4 x double> %43, <4 x double> %28)
  %45 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %38, <4 x double> %44, <4 x double> %38)
  %46 = fadd <4 x double> %44, %45
  %47 = fadd <4 x double> %22, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %48 = bitcast <4 x double> %47 to <4 x i64>
  %49 = add <4 x i64> %48, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %50 = and <4 x i64> %48, <i64 127, i64 127, i64 127, i64 127>
  %51 = lshr <4 x i64> %48, <i64 7, i64 7, i64 7, i64 7>
  %52 = extractelement <4 x i64> %50, i64 0
  %53 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %52
  %54 = load double, ptr %53, align 8
  %55 = insertelement <4 x double> undef, double %54, i64 0
  %56 = extractelement <4 x i64> %50, i64 1
  %57 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %56
  %58 = load double, ptr %57, align 8
  %59 = insertelement <4 x double> %55, double %58, i64 1
  %60 = extractelement <4 x i64> %50, i64 2
  %61 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %60
  %62 = load double, ptr %61, align 8
  %63 = insertelement <4 x double> %59, double %62, i64 2
  %64 = extractelement <4 x i64> %50, i64 3
  %65 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %64
  %66 = load double, ptr %65, align 8
  %67 = insertelement <4 x double> %63, double %66, i64 3
  %68 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %52
  %69 = load double, ptr %68, align 8
  %70 = insertelement <4 x double> undef, double %69, i64 0
  %71 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %56
  %72 = load double, ptr %71, align 8
  %73 = insertelement <4 x double> %70, double %72, i64 1
  %74 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %60
  %75 = load double, ptr %74, align 8
  %76 = insertelement <4 x double> %73, double %75, i64 2
  %77 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %64
  %78 = load double, ptr %77, align 8
  %79 = insertelement <4 x double> %76, double %78, i64 3
  %80 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %67, <4 x double> %46, <4 x double> %79)
  %81 = fadd <4 x double> %67, %80
  %82 = ashr <4 x i64> %49, <i64 8, i64 8, i64 8, i64 8>
  %83 = shl <4 x i64> %82, <i64 52, i64 52, i64 52, i64 52>
  %84 = add <4 x i64> %83, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %85 = bitcast <4 x i64> %84 to <4 x double>
  %86 = sub nsw <4 x i64> %51, %82
  %87 = shl <4 x i64> %86, <i64 52, i64 52, i64 52, i64 52>
  %88 = add <4 x i64> %87, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %89 = bitcast <4 x i64> %88 to <4 x double>
  %90 = fmul <4 x double> %81, %85
  %91 = fmul <4 x double> %90, %89
  %92 = bitcast <4 x double> %91 to <4 x i64>
  %93 = select <4 x i1> %12, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %92
  %94 = fadd <4 x double> %6, %6
  %95 = bitcast <4 x double> %94 to <4 x i64>
  %96 = select <4 x i1> %11, <4 x i64> %95, <4 x i64> zeroinitializer
  %97 = select <4 x i1> %14, <4 x i64> zeroinitializer, <4 x i64> %93
  %98 = or <4 x i64> %97, %96
  %99 = bitcast <4 x i64> %98 to <4 x double>
  %100 = fptrunc <4 x double> %99 to <4 x float>
  %101 = fmul <4 x double> %5, <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>
  %102 = fneg <4 x double> %101
  %103 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %5, <4 x double> <double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF, double 0x3FE62E42FEFA39EF>, <4 x double> %102)
  %104 = fmul <4 x double> %5, <double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F, double 0x3C7ABC9E3B39803F>
  %105 = fadd <4 x double> %104, %103
  %106 = fcmp uno <4 x double> %101, zeroinitializer
  %107 = fcmp ogt <4 x double> %101, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %108 = fcmp olt <4 x double> %101, <double -7.460000e+02, double -7.460000e+02, double -7.460000e+02, double -7.460000e+02>
  %109 = or <4 x i1> %108, %106
  %110 = or <4 x i1> %109, %107
  %111 = bitcast <4 x double> %101 to <4 x i64>
  %112 = xor <4 x i1> %110, <i1 true, i1 true, i1 true, i1 true>
  %113 = sext <4 x i1> %112 to <4 x i64>
  %114 = and <4 x i64> %113, %111
  %115 = bitcast <4 x i64> %114 to <4 x double>
  %116 = fmul <4 x double> %115, <double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE>
  %117 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %116)
  %118 = fneg <4 x double> %117
  %119 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %118, <4 x double> <double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000>, <4 x double> %115)
  %120 = fmul <4 x double> %117, <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>
  %121 = fneg <4 x double> %120
  %122 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %117, <4 x double> <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>, <4 x double> %121)
  %123 = fsub <4 x double> %119, %120
  %124 = fsub <4 x double> %123, %119
  %125 = fsub <4 x double> %123, %124
  %126 = fsub <4 x double> %119, %125
  %127 = fsub <4 x double> %121, %124
  %128 = fadd <4 x double> %127, %126
  %129 = fsub <4 x double> %128, %122
  %130 = bitcast <4 x double> %105 to <4 x i64>
  %131 = and <4 x i64> %113, %130
  %132 = bitcast <4 x i64> %131 to <4 x double>
  %133 = fadd <4 x double> %129, %132
  %134 = fmul <4 x double> %123, %123
  %135 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %123, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %136 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %123, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %137 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %134, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>, <4 x double> %136)
  %138 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %137, <4 x double> %134, <4 x double> %135)
  %139 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %134, <4 x double> %138, <4 x double> %123)
  %140 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %133, <4 x double> %139, <4 x double> %133)
  %141 = fadd <4 x double> %139, %140
  %142 = fadd <4 x double> %117, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %143 = bitcast <4 x double> %142 to <4 x i64>
  %144 = add <4 x i64> %143, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %145 = and <4 x i64> %143, <i64 127, i64 127, i64 127, i64 127>
  %146 = lshr <4 x i64> %143, <i64 7, i64 7, i64 7, i64 7>
  %147 = extractelement <4 x i64> %145, i64 0
  %148 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %147
  %149 = load double, ptr %148, align 8
  %150 = insertelement <4 x double> undef, double %149, i64 0
  %151 = extractelement <4 x i64> %145, i64 1
  %152 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %151
  %153 = load double, ptr %152, align 8
  %154 = insertelement <4 x double> %150, double %153, i64 1
  %155 = extractelement <4 x i64> %145, i64 2
  %156 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %155
  %157 = load double, ptr %156, align 8
  %158 = insertelement <4 x double> %154, double %157, i64 2
  %159 = extractelement <4 x i64> %145, i64 3
  %160 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %159
  %161 = load double, ptr %160, align 8
  %162 = insertelement <4 x double> %158, double %161, i64 3
  %163 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %147
  %164 = load double, ptr %163, align 8
  %165 = insertelement <4 x double> undef, double %164, i64 0
  %166 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %151
  %167 = load double, ptr %166, align 8
  %168 = insertelement <4 x double> %165, double %167, i64 1
  %169 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %155
  %170 = load double, ptr %169, align 8
  %171 = insertelement <4 x double> %168, double %170, i64 2
  %172 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %159
  %173 = load double, ptr %172, align 8
  %174 = insertelement <4 x double> %171, double %173, i64 3
  %175 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %162, <4 x double> %141, <4 x double> %174)
  %176 = fadd <4 x double> %162, %175
  %177 = ashr <4 x i64> %144, <i64 8, i64 8, i64 8, i64 8>
  %178 = shl <4 x i64> %177, <i64 52, i64 52, i64 52, i64 52>
  %179 = add <4 x i64> %178, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %180 = bitcast <4 x i64> %179 to <4 x double>
  %181 = sub nsw <4 x i64> %146, %177
  %182 = shl <4 x i64> %181, <i64 52, i64 52, i64 52, i64 52>
  %183 = add <4 x i64> %182, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %184 = bitcast <4 x i64> %183 to <4 x double>
  %185 = fmul <4 x double> %176, %180
  %186 = fmul <4 x double> %185, %184
  %187 = bitcast <4 x double> %186 to <4 x i64>
  %188 = select <4 x i1> %107, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %187
  %189 = fadd <4 x double> %101, %101
  %190 = bitcast <4 x double> %189 to <4 x i64>
  %191 = select <4 x i1> %106, <4 x i64> %190, <4 x i64> zeroinitializer
  %192 = select <4 x i1> %109, <4 x i64> zeroinitializer, <4 x i64> %188
  %193 = or <4 x i64> %192, %191
  %194 = bitcast <4 x i64> %193 to <4 x double>
  %195 = fptrunc <4 x double> %194 to <4 x float>
  %196 = shufflevector <4 x float> %100, <4 x float> %195, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %196
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <4 x double> @pyir_log2_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = fcmp uno <4 x double> %0, zeroinitializer
  %3 = fcmp uge <4 x double> %0, zeroinitializer
  %4 = fcmp une <4 x double> %0, zeroinitializer
  %5 = fcmp oeq <4 x double> %0, <double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000>
  %6 = fcmp ule <4 x double> %0, zeroinitializer
  %7 = or <4 x i1> %6, %5
  %8 = select <4 x i1> %7, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, <4 x double> %0
  %9 = fcmp olt <4 x double> %8, <double 0x10000000000000, double 0x10000000000000, double 0x10000000000000, double 0x10000000000000>
  %10 = fmul <4 x double> %8, <double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000>
  %11 = select <4 x i1> %9, <4 x double> %10, <4 x double> %8
  %12 = bitcast <4 x double> %11 to <4 x i64>
  %13 = add <4 x i64> %12, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %14 = lshr <4 x i64> %13, <i64 45, i64 45, i64 45, i64 45>
  %15 = and <4 x i64> %14, <i64 127, i64 127, i64 127, i64 127>
  %16 = ashr <4 x i64> %13, <i64 52, i64 52, i64 52, i64 52>
  %17 = and <4 x i64> %13, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %18 = sub <4 x i64> %12, %17
  %19 = bitcast <4 x i64> %18 to <4 x double>
  %20 = extractelement <4 x i64> %15, i64 0
  %21 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %20
  %22 = load double, ptr %21, align 8
  %23 = insertelement <4 x double> undef, double %22, i64 0
  %24 = extractelement <4 x i64> %15, i64 1
  %25 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = insertelement <4 x double> %23, double %26, i64 1
  %28 = extractelement <4 x i64> %15, i64 2
  %29 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = insertelement <4 x double> %27, double %30, i64 2
  %32 = extractelement <4 x i64> %15, i64 3
  %33 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = insertelement <4 x double> %31, double %34, i64 3
  %36 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %20
  %37 = load double, ptr %36, align 8
  %38 = insertelement <4 x double> undef, double %37, i64 0
  %39 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %24
  %40 = load double, ptr %39, align 8
  %41 = insertelement <4 x double> %38, double %40, i64 1
  %42 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %28
  %43 = load double, ptr %42, align 8
  %44 = insertelement <4 x double> %41, double %43, i64 2
  %45 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %32
  %46 = load double, ptr %45, align 8
  %47 = insertelement <4 x double> %44, double %46, i64 3
  %48 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %20
  %49 = load double, ptr %48, align 8
  %50 = insertelement <4 x double> undef, double %49, i64 0
  %51 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %24
  %52 = load double, ptr %51, align 8
  %53 = insertelement <4 x double> %50, double %52, i64 1
  %54 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %28
  %55 = load double, ptr %54, align 8
  %56 = insertelement <4 x double> %53, double %55, i64 2
  %57 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %32
  %58 = load double, ptr %57, align 8
  %59 = insertelement <4 x double> %56, double %58, i64 3
  %60 = fmul <4 x double> %35, %19
  %61 = fneg <4 x double> %60
  %62 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %19, <4 x double> %35, <4 x double> %61)
  %63 = fadd <4 x double> %60, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %64 = fadd <4 x double> %63, %62
  %65 = fsub <4 x double> %64, %63
  %66 = fsub <4 x double> %62, %65
  %67 = add nsw <4 x i64> %16, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %68 = bitcast <4 x i64> %67 to <4 x double>
  %69 = fadd <4 x double> %68, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %70 = select <4 x i1> %9, <4 x double> <double -5.400000e+01, double -5.400000e+01, double -5.400000e+01, double -5.400000e+01>, <4 x double> zeroinitializer
  %71 = fadd <4 x double> %70, %69
  %72 = fmul <4 x double> %71, <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>
  %73 = fadd <4 x double> %72, %47
  %74 = fsub <4 x double> %73, %72
  %75 = fsub <4 x double> %47, %74
  %76 = fadd <4 x double> %64, %73
  %77 = fmul <4 x double> %71, <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>
  %78 = fadd <4 x double> %77, %59
  %79 = fadd <4 x double> %75, %78
  %80 = fsub <4 x double> %73, %76
  %81 = fadd <4 x double> %64, %80
  %82 = fmul <4 x double> %64, <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>
  %83 = fmul <4 x double> %64, %82
  %84 = fadd <4 x double> %83, %76
  %85 = fneg <4 x double> %83
  %86 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %82, <4 x double> %64, <4 x double> %85)
  %87 = fsub <4 x double> %76, %84
  %88 = fadd <4 x double> %83, %87
  %89 = fmul <4 x double> %64, %64
  %90 = fmul <4 x double> %89, %89
  %91 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %92 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %93 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double -1.250000e-01, double -1.250000e-01, double -1.250000e-01, double -1.250000e-01>, <4 x double> <double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492>)
  %94 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double -1.000000e-01, double -1.000000e-01, double -1.000000e-01, double -1.000000e-01>, <4 x double> <double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C>)
  %95 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %94, <4 x double> %89, <4 x double> %93)
  %96 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %92, <4 x double> %89, <4 x double> %91)
  %97 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %95, <4 x double> %90, <4 x double> %96)
  %98 = fmul <4 x double> %64, %89
  %99 = fadd <4 x double> %81, %79
  %100 = fadd <4 x double> %86, %99
  %101 = fadd <4 x double> %88, %100
  %102 = fmul <4 x double> %98, %97
  %103 = fadd <4 x double> %102, %101
  %104 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %64
  %105 = fmul <4 x double> %104, %66
  %106 = fadd <4 x double> %105, %103
  %107 = fadd <4 x double> %84, %106
  %108 = fsub <4 x double> %84, %107
  %109 = fadd <4 x double> %106, %108
  %110 = fmul <4 x double> %107, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %111 = fneg <4 x double> %110
  %112 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %107, <4 x double> <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>, <4 x double> %111)
  %113 = fmul <4 x double> %107, <double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24>
  %114 = fadd <4 x double> %113, %112
  %115 = fmul <4 x double> %109, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %116 = fadd <4 x double> %114, %115
  %117 = fadd <4 x double> %110, %116
  %118 = select <4 x i1> %5, <4 x double> %0, <4 x double> %117
  %119 = fadd <4 x double> %0, %0
  %120 = select <4 x i1> %3, <4 x double> %118, <4 x double> <double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000>
  %121 = select <4 x i1> %4, <4 x double> %120, <4 x double> <double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000>
  %122 = select <4 x i1> %2, <4 x double> %119, <4 x double> %121
  ret <4 x double> %122
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <8 x float> @pyir_log2f_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = fcmp uno <4 x float> %2, zeroinitializer
  %7 = fcmp uge <4 x float> %2, zeroinitializer
  %8 = fcmp une <4 x float> %2, zeroinitializer
  %9 = fcmp oeq <4 x float> %2, <float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000>
  %10 = fcmp ule <4 x float> %2, zeroinitializer
  %11 = or <4 x i1> %10, %9
  %12 = select <4 x i1> %11, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, <4 x double> %3
  %13 = fcmp olt <4 x double> %12, <double 0x10000000000000, double 0x10000000000000, double 0x10000000000000, double 0x10000000000000>
  %14 = fmul <4 x double> %12, <double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000>
  %15 = select <4 x i1> %13, <4 x double> %14, <4 x double> %12
  %16 = bitcast <4 x double> %15 to <4 x i64>
  %17 = add <4 x i64> %16, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %18 = lshr <4 x i64> %17, <i64 45, i64 45, i64 45, i64 45>
  %19 = and <4 x i64> %18, <i64 127, i64 127, i64 127, i64 127>
  %20 = ashr <4 x i64> %17, <i64 52, i64 52, i64 52, i64 52>
  %21 = and <4 x i64> %17, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %22 = sub <4 x i64> %16, %21
  %23 = bitcast <4 x i64> %22 to <4 x double>
  %24 = extractelement <4 x i64> %19, i64 0
  %25 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %24
  %26 = load double, ptr %25, align 8
  %27 = insertelement <4 x double> undef, double %26, i64 0
  %28 = extractelement <4 x i64> %19, i64 1
  %29 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %28
  %30 = load double, ptr %29, align 8
  %31 = insertelement <4 x double> %27, double %30, i64 1
  %32 = extractelement <4 x i64> %19, i64 2
  %33 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %32
  %34 = load double, ptr %33, align 8
  %35 = insertelement <4 x double> %31, double %34, i64 2
  %36 = extractelement <4 x i64> %19, i64 3
  %37 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %36
  %38 = load double, ptr %37, align 8
  %39 = insertelement <4 x double> %35, double %38, i64 3
  %40 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %24
  %41 = load double, ptr %40, align 8
  %42 = insertelement <4 x double> undef, double %41, i64 0
  %43 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %28
  %44 = load double, ptr %43, align 8
  %45 = insertelement <4 x double> %42, double %44, i64 1
  %46 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %32
  %47 = load double, ptr %46, align 8
  %48 = insertelement <4 x double> %45, double %47, i64 2
  %49 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %36
  %50 = load double, ptr %49, align 8
  %51 = insertelement <4 x double> %48, double %50, i64 3
  %52 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %24
  %53 = load double, ptr %52, align 8
  %54 = insertelement <4 x double> undef, double %53, i64 0
  %55 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %28
  %56 = load double, ptr %55, align 8
  %57 = insertelement <4 x double> %54, double %56, i64 1
  %58 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %32
  %59 = load double, ptr %58, align 8
  %60 = insertelement <4 x double> %57, double %59, i64 2
  %61 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %36
  %62 = load double, ptr %61, align 8
  %63 = insertelement <4 x double> %60, double %62, i64 3
  %64 = fmul <4 x double> %39, %23
  %65 = fneg <4 x double> %64
  %66 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %23, <4 x double> %39, <4 x double> %65)
  %67 = fadd <4 x double> %64, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %68 = fadd <4 x double> %67, %66
  %69 = fsub <4 x double> %68, %67
  %70 = fsub <4 x double> %66, %69
  %71 = add nsw <4 x i64> %20, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %72 = bitcast <4 x i64> %71 to <4 x double>
  %73 = fadd <4 x double> %72, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %74 = select <4 x i1> %13, <4 x double> <double -5.400000e+01, double -5.400000e+01, double -5.400000e+01, double -5.400000e+01>, <4 x double> zeroinitializer
  %75 = fadd <4 x double> %74, %73
  %76 = fmul <4 x double> %75, <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>
  %77 = fadd <4 x double> %76, %51
  %78 = fsub <4 x double> %77, %76
  %79 = fsub <4 x double> %51, %78
  %80 = fadd <4 x double> %68, %77
  %81 = fmul <4 x double> %75, <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>
  %82 = fadd <4 x double> %81, %63
  %83 = fadd <4 x double> %79, %82
  %84 = fsub <4 x double> %77, %80
  %85 = fadd <4 x double> %68, %84
  %86 = fmul <4 x double> %68, <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>
  %87 = fmul <4 x double> %68, %86
  %88 = fadd <4 x double> %87, %80
  %89 = fneg <4 x double> %87
  %90 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %86, <4 x double> %68, <4 x double> %89)
  %91 = fsub <4 x double> %80, %88
  %92 = fadd <4 x double> %87, %91
  %93 = fmul <4 x double> %68, %68
  %94 = fmul <4 x double> %93, %93
  %95 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %68, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %96 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %68, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %97 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %68, <4 x double> <double -1.250000e-01, double -1.250000e-01, double -1.250000e-01, double -1.250000e-01>, <4 x double> <double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492>)
  %98 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %68, <4 x double> <double -1.000000e-01, double -1.000000e-01, double -1.000000e-01, double -1.000000e-01>, <4 x double> <double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C>)
  %99 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %98, <4 x double> %93, <4 x double> %97)
  %100 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %96, <4 x double> %93, <4 x double> %95)
  %101 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %99, <4 x double> %94, <4 x double> %100)
  %102 = fmul <4 x double> %68, %93
  %103 = fadd <4 x double> %85, %83
  %104 = fadd <4 x double> %90, %103
  %105 = fadd <4 x double> %92, %104
  %106 = fmul <4 x double> %102, %101
  %107 = fadd <4 x double> %106, %105
  %108 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %68
  %109 = fmul <4 x double> %108, %70
  %110 = fadd <4 x double> %109, %107
  %111 = fadd <4 x double> %88, %110
  %112 = fsub <4 x double> %88, %111
  %113 = fadd <4 x double> %110, %112
  %114 = fmul <4 x double> %111, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %115 = fneg <4 x double> %114
  %116 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %111, <4 x double> <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>, <4 x double> %115)
  %117 = fmul <4 x double> %111, <double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24>
  %118 = fadd <4 x double> %117, %116
  %119 = fmul <4 x double> %113, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %120 = fadd <4 x double> %118, %119
  %121 = fadd <4 x double> %114, %120
  %122 = select <4 x i1> %9, <4 x double> %3, <4 x double> %121
  %123 = fadd <4 x double> %3, %3
  %124 = select <4 x i1> %7, <4 x double> %122, <4 x double> <double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000>
  %125 = select <4 x i1> %8, <4 x double> %124, <4 x double> <double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000>
  %126 = select <4 x i1> %6, <4 x double> %123, <4 x double> %125
  %127 = fptrunc <4 x double> %126 to <4 x float>
  %128 = fcmp uno <4 x float> %4, zeroinitializer
  %129 = fcmp uge <4 x float> %4, zeroinitializer
  %130 = fcmp une <4 x float> %4, zeroinitializer
  %131 = fcmp oeq <4 x float> %4, <float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000, float 0x7FF0000000000000>
  %132 = fcmp ule <4 x float> %4, zeroinitializer
  %133 = or <4 x i1> %132, %131
  %134 = select <4 x i1> %133, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, <4 x double> %5
  %135 = fcmp olt <4 x double> %134, <double 0x10000000000000, double 0x10000000000000, double 0x10000000000000, double 0x10000000000000>
  %136 = fmul <4 x double> %134, <double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000>
  %137 = select <4 x i1> %135, <4 x double> %136, <4 x double> %134
  %138 = bitcast <4 x double> %137 to <4 x i64>
  %139 = add <4 x i64> %138, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %140 = lshr <4 x i64> %139, <i64 45, i64 45, i64 45, i64 45>
  %141 = and <4 x i64> %140, <i64 127, i64 127, i64 127, i64 127>
  %142 = ashr <4 x i64> %139, <i64 52, i64 52, i64 52, i64 52>
  %143 = and <4 x i64> %139, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %144 = sub <4 x i64> %138, %143
  %145 = bitcast <4 x i64> %144 to <4 x double>
  %146 = extractelement <4 x i64> %141, i64 0
  %147 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %146
  %148 = load double, ptr %147, align 8
  %149 = insertelement <4 x double> undef, double %148, i64 0
  %150 = extractelement <4 x i64> %141, i64 1
  %151 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %150
  %152 = load double, ptr %151, align 8
  %153 = insertelement <4 x double> %149, double %152, i64 1
  %154 = extractelement <4 x i64> %141, i64 2
  %155 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %154
  %156 = load double, ptr %155, align 8
  %157 = insertelement <4 x double> %153, double %156, i64 2
  %158 = extractelement <4 x i64> %141, i64 3
  %159 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %158
  %160 = load double, ptr %159, align 8
  %161 = insertelement <4 x double> %157, double %160, i64 3
  %162 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %146
  %163 = load double, ptr %162, align 8
  %164 = insertelement <4 x double> undef, double %163, i64 0
  %165 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %150
  %166 = load double, ptr %165, align 8
  %167 = insertelement <4 x double> %164, double %166, i64 1
  %168 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %154
  %169 = load double, ptr %168, align 8
  %170 = insertelement <4 x double> %167, double %169, i64 2
  %171 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %158
  %172 = load double, ptr %171, align 8
  %173 = insertelement <4 x double> %170, double %172, i64 3
  %174 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %146
  %175 = load double, ptr %174, align 8
  %176 = insertelement <4 x double> undef, double %175, i64 0
  %177 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %150
  %178 = load double, ptr %177, align 8
  %179 = insertelement <4 x double> %176, double %178, i64 1
  %180 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %154
  %181 = load double, ptr %180, align 8
  %182 = insertelement <4 x double> %179, double %181, i64 2
  %183 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %158
  %184 = load double, ptr %183, align 8
  %185 = insertelement <4 x double> %182, double %184, i64 3
  %186 = fmul <4 x double> %161, %145
  %187 = fneg <4 x double> %186
  %188 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %145, <4 x double> %161, <4 x double> %187)
  %189 = fadd <4 x double> %186, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %190 = fadd <4 x double> %189, %188
  %191 = fsub <4 x double> %190, %189
  %192 = fsub <4 x double> %188, %191
  %193 = add nsw <4 x i64> %142, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %194 = bitcast <4 x i64> %193 to <4 x double>
  %195 = fadd <4 x double> %194, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %196 = select <4 x i1> %135, <4 x double> <double -5.400000e+01, double -5.400000e+01, double -5.400000e+01, double -5.400000e+01>, <4 x double> zeroinitializer
  %197 = fadd <4 x double> %196, %195
  %198 = fmul <4 x double> %197, <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>
  %199 = fadd <4 x double> %198, %173
  %200 = fsub <4 x double> %199, %198
  %201 = fsub <4 x double> %173, %200
  %202 = fadd <4 x double> %190, %199
  %203 = fmul <4 x double> %197, <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>
  %204 = fadd <4 x double> %203, %185
  %205 = fadd <4 x double> %201, %204
  %206 = fsub <4 x double> %199, %202
  %207 = fadd <4 x double> %190, %206
  %208 = fmul <4 x double> %190, <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>
  %209 = fmul <4 x double> %190, %208
  %210 = fadd <4 x double> %209, %202
  %211 = fneg <4 x double> %209
  %212 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %208, <4 x double> %190, <4 x double> %211)
  %213 = fsub <4 x double> %202, %210
  %214 = fadd <4 x double> %209, %213
  %215 = fmul <4 x double> %190, %190
  %216 = fmul <4 x double> %215, %215
  %217 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %190, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %218 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %190, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %219 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %190, <4 x double> <double -1.250000e-01, double -1.250000e-01, double -1.250000e-01, double -1.250000e-01>, <4 x double> <double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492>)
  %220 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %190, <4 x double> <double -1.000000e-01, double -1.000000e-01, double -1.000000e-01, double -1.000000e-01>, <4 x double> <double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C>)
  %221 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %220, <4 x double> %215, <4 x double> %219)
  %222 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %218, <4 x double> %215, <4 x double> %217)
  %223 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %221, <4 x double> %216, <4 x double> %222)
  %224 = fmul <4 x double> %190, %215
  %225 = fadd <4 x double> %207, %205
  %226 = fadd <4 x double> %212, %225
  %227 = fadd <4 x double> %214, %226
  %228 = fmul <4 x double> %224, %223
  %229 = fadd <4 x double> %228, %227
  %230 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %190
  %231 = fmul <4 x double> %230, %192
  %232 = fadd <4 x double> %231, %229
  %233 = fadd <4 x double> %210, %232
  %234 = fsub <4 x double> %210, %233
  %235 = fadd <4 x double> %232, %234
  %236 = fmul <4 x double> %233, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %237 = fneg <4 x double> %236
  %238 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %233, <4 x double> <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>, <4 x double> %237)
  %239 = fmul <4 x double> %233, <double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24, double 0x3C7777D0FFDA0D24>
  %240 = fadd <4 x double> %239, %238
  %241 = fmul <4 x double> %235, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %242 = fadd <4 x double> %240, %241
  %243 = fadd <4 x double> %236, %242
  %244 = select <4 x i1> %131, <4 x double> %5, <4 x double> %243
  %245 = fadd <4 x double> %5, %5
  %246 = select <4 x i1> %129, <4 x double> %244, <4 x double> <double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000, double 0x7FF8000000000000>
  %247 = select <4 x i1> %130, <4 x double> %246, <4 x double> <double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000, double 0xFFF0000000000000>
  %248 = select <4 x i1> %128, <4 x double> %245, <4 x double> %247
  %249 = fptrunc <4 x double> %248 to <4 x float>
  %250 = shufflevector <4 x float> %127, <4 x float> %249, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %250
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local <4 x double> @pyir_sin_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %0)
  %3 = fcmp olt <4 x double> %2, <double 5.242880e+05, double 5.242880e+05, double 5.242880e+05, double 5.242880e+05>
  %4 = select <4 x i1> %3, <4 x double> %2, <4 x double> zeroinitializer
  %5 = fmul <4 x double> %4, <double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883>
  %6 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %5)
  %7 = fmul <4 x double> %6, <double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000>
  %8 = fsub <4 x double> %4, %7
  %9 = fmul <4 x double> %6, <double 0xBDD0B4611A600000, double 0xBDD0B4611A600000, double 0xBDD0B4611A600000, double 0xBDD0B4611A600000>
  %10 = fadd <4 x double> %9, %8
  %11 = fsub <4 x double> %10, %8
  %12 = fsub <4 x double> %10, %11
  %13 = fsub <4 x double> %8, %12
  %14 = fsub <4 x double> %9, %11
  %15 = fadd <4 x double> %14, %13
  %16 = fmul <4 x double> %6, <double 0xBBA3198A2E000000, double 0xBBA3198A2E000000, double 0xBBA3198A2E000000, double 0xBBA3198A2E000000>
  %17 = fadd <4 x double> %16, %10
  %18 = fsub <4 x double> %17, %10
  %19 = fsub <4 x double> %17, %18
  %20 = fsub <4 x double> %10, %19
  %21 = fsub <4 x double> %16, %18
  %22 = fadd <4 x double> %21, %20
  %23 = fadd <4 x double> %15, %22
  %24 = fmul <4 x double> %6, <double 0x397B839A252049C1, double 0x397B839A252049C1, double 0x397B839A252049C1, double 0x397B839A252049C1>
  %25 = fsub <4 x double> %23, %24
  %26 = fadd <4 x double> %17, %25
  %27 = fsub <4 x double> %26, %17
  %28 = fsub <4 x double> %25, %27
  %29 = fmul <4 x double> %26, %26
  %30 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> <double 0xBC62F49B46814157, double 0xBC62F49B46814157, double 0xBC62F49B46814157, double 0xBC62F49B46814157>, <4 x double> <double 0x3CE952C77030AD4A, double 0x3CE952C77030AD4A, double 0x3CE952C77030AD4A, double 0x3CE952C77030AD4A>)
  %31 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %30, <4 x double> %29, <4 x double> <double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F>)
  %32 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %31, <4 x double> %29, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %33 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %32, <4 x double> %29, <4 x double> <double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4>)
  %34 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %33, <4 x double> %29, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %35 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %34, <4 x double> %29, <4 x double> <double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A>)
  %36 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %35, <4 x double> %29, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %37 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %36, <4 x double> %29, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>)
  %38 = fmul <4 x double> %26, %29
  %39 = fmul <4 x double> %29, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %40 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %39
  %41 = fmul <4 x double> %28, %40
  %42 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %38, <4 x double> %37, <4 x double> %41)
  %43 = fadd <4 x double> %26, %42
  %44 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> <double 0x3C1E542BA4020225, double 0x3C1E542BA4020225, double 0x3C1E542BA4020225, double 0x3C1E542BA4020225>, <4 x double> <double 0xBCA6827863B97D97, double 0xBCA6827863B97D97, double 0xBCA6827863B97D97, double 0xBCA6827863B97D97>)
  %45 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %44, <4 x double> %29, <4 x double> <double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F>)
  %46 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %45, <4 x double> %29, <4 x double> <double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D>)
  %47 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %46, <4 x double> %29, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %48 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %47, <4 x double> %29, <4 x double> <double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C>)
  %49 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %48, <4 x double> %29, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %50 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %49, <4 x double> %29, <4 x double> <double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17>)
  %51 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %50, <4 x double> %29, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %52 = fmul <4 x double> %26, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %53 = fneg <4 x double> %39
  %54 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %52, <4 x double> %26, <4 x double> %53)
  %55 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %40
  %56 = fsub <4 x double> %55, %39
  %57 = fmul <4 x double> %29, %29
  %58 = fneg <4 x double> %26
  %59 = fmul <4 x double> %28, %58
  %60 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %57, <4 x double> %51, <4 x double> %59)
  %61 = fsub <4 x double> %60, %54
  %62 = fadd <4 x double> %56, %61
  %63 = fadd <4 x double> %40, %62
  %64 = fadd <4 x double> %6, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %65 = bitcast <4 x double> %64 to <4 x i64>
  %66 = and <4 x i64> %65, <i64 1, i64 1, i64 1, i64 1>
  %67 = icmp eq <4 x i64> %66, zeroinitializer
  %68 = add nsw <4 x i64> %66, <i64 -1, i64 -1, i64 -1, i64 -1>
  %69 = bitcast <4 x double> %63 to <4 x i64>
  %70 = select <4 x i1> %67, <4 x i64> zeroinitializer, <4 x i64> %69
  %71 = bitcast <4 x double> %43 to <4 x i64>
  %72 = and <4 x i64> %68, %71
  %73 = or <4 x i64> %70, %72
  %74 = bitcast <4 x i64> %73 to <4 x double>
  %75 = and <4 x i64> %65, <i64 2, i64 2, i64 2, i64 2>
  %76 = icmp eq <4 x i64> %75, zeroinitializer
  %77 = fneg <4 x double> %74
  %78 = select <4 x i1> %76, <4 x double> %74, <4 x double> %77
  %79 = fcmp olt <4 x double> %0, zeroinitializer
  %80 = fneg <4 x double> %78
  %81 = fcmp olt <4 x double> %2, <double 0x3E50000000000000, double 0x3E50000000000000, double 0x3E50000000000000, double 0x3E50000000000000>
  %82 = select <4 x i1> %79, <4 x double> %80, <4 x double> %78
  %83 = select <4 x i1> %81, <4 x double> %0, <4 x double> %82
  %84 = extractelement <4 x double> %0, i64 0
  %85 = tail call double @llvm.fabs.f64(double %84)
  %86 = fcmp olt double %85, 5.242880e+05
  br i1 %86, label %90, label %87

87:                                               ; preds = %1
  %88 = tail call double @pyir_sin(double noundef %84)
  %89 = insertelement <4 x double> %83, double %88, i64 0
  br label %90

90:                                               ; preds = %1, %87
  %91 = phi <4 x double> [ %83, %1 ], [ %89, %87 ]
  %92 = extractelement <4 x double> %0, i64 1
  %93 = tail call double @llvm.fabs.f64(double %92)
  %94 = fcmp olt double %93, 5.242880e+05
  br i1 %94, label %98, label %95

95:                                               ; preds = %90
  %96 = tail call double @pyir_sin(double noundef %92)
  %97 = insertelement <4 x double> %91, double %96, i64 1
  br label %98

98:                                               ; preds = %95, %90
  %99 = phi <4 x double> [ %91, %90 ], [ %97, %95 ]
  %100 = extractelement <4 x double> %0, i64 2
  %101 = tail call double @llvm.fabs.f64(double %100)
  %102 = fcmp olt double %101, 5.242880e+05
  br i1 %102, label %106, label %103

103:                                              ; preds = %98
  %104 = tail call double @pyir_sin(double noundef %100)
  %105 = insertelement <4 x double> %99, double %104, i64 2
  br label %106

106:                                              ; preds = %103, %98
  %107 = phi <4 x double> [ %99, %98 ], [ %105, %103 ]
  %108 = extractelement <4 x double> %0, i64 3
  %109 = tail call double @llvm.fabs.f64(double %108)
  %110 = fcmp olt double %109, 5.242880e+05
  br i1 %110, label %114, label %111

111:                                              ; preds = %106
  %112 = tail call double @pyir_sin(double noundef %108)
  %113 = insertelement <4 x double> %107, double %112, i64 3
  br label %114

114:                                              ; preds = %111, %106
  %115 = phi <4 x double> [ %107, %106 ], [ %113, %111 ]
  ret <4 x double> %115
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local <8 x float> @pyir_sinf_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %3)
  %7 = fcmp olt <4 x double> %6, <double 5.242880e+05, double 5.242880e+05, double 5.242880e+05, double 5.242880e+05>
  %8 = select <4 x i1> %7, <4 x double> %6, <4 x double> zeroinitializer
  %9 = fmul <4 x double> %8, <double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883>
  %10 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %9)
  %11 = fmul <4 x double> %10, <double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000>
  %12 = fsub <4 x double> %8, %11
  %13 = fmul <4 x double> %10, <double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000>
  %14 = fsub <4 x double> %12, %13
  %15 = fmul <4 x double> %10, <double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000>
  %16 = fsub <4 x double> %14, %15
  %17 = fmul <4 x double> %16, %16
  %18 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> <double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F>, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %19 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %18, <4 x double> %17, <4 x double> <double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4>)
  %20 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %19, <4 x double> %17, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %21 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %20, <4 x double> %17, <4 x double> <double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A>)
  %22 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %21, <4 x double> %17, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %23 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %22, <4 x double> %17, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>)
  %24 = fmul <4 x double> %16, %17
  %25 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %24, <4 x double> %23, <4 x double> %16)
  %26 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> <double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F>, <4 x double> <double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D>)
  %27 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %26, <4 x double> %17, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %28 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %27, <4 x double> %17, <4 x double> <double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C>)
  %29 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %28, <4 x double> %17, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %30 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> %17, <4 x double> <double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17>)
  %31 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %30, <4 x double> %17, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %32 = fmul <4 x double> %17, %17
  %33 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %34 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %32, <4 x double> %31, <4 x double> %33)
  %35 = fadd <4 x double> %10, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %36 = bitcast <4 x double> %35 to <4 x i64>
  %37 = and <4 x i64> %36, <i64 1, i64 1, i64 1, i64 1>
  %38 = icmp eq <4 x i64> %37, zeroinitializer
  %39 = add nsw <4 x i64> %37, <i64 -1, i64 -1, i64 -1, i64 -1>
  %40 = bitcast <4 x double> %34 to <4 x i64>
  %41 = select <4 x i1> %38, <4 x i64> zeroinitializer, <4 x i64> %40
  %42 = bitcast <4 x double> %25 to <4 x i64>
  %43 = and <4 x i64> %39, %42
  %44 = or <4 x i64> %43, %41
  %45 = bitcast <4 x i64> %44 to <4 x double>
  %46 = and <4 x i64> %36, <i64 2, i64 2, i64 2, i64 2>
  %47 = icmp eq <4 x i64> %46, zeroinitializer
  %48 = fneg <4 x double> %45
  %49 = select <4 x i1> %47, <4 x double> %45, <4 x double> %48
  %50 = fcmp olt <4 x float> %2, zeroinitializer
  %51 = fneg <4 x double> %49
  %52 = fcmp olt <4 x double> %6, <double 0x3E50000000000000, double 0x3E50000000000000, double 0x3E50000000000000, double 0x3E50000000000000>
  %53 = select <4 x i1> %50, <4 x double> %51, <4 x double> %49
  %54 = select <4 x i1> %52, <4 x double> %3, <4 x double> %53
  %55 = extractelement <4 x double> %3, i64 0
  %56 = tail call double @llvm.fabs.f64(double %55)
  %57 = fcmp olt double %56, 5.242880e+05
  br i1 %57, label %61, label %58

58:                                               ; preds = %1
  %59 = tail call double @pyir_sin(double noundef %55)
  %60 = insertelement <4 x double> %54, double %59, i64 0
  br label %61

61:                                               ; preds = %58, %1
  %62 = phi <4 x double> [ %54, %1 ], [ %60, %58 ]
  %63 = extractelement <4 x double> %3, i64 1
  %64 = tail call double @llvm.fabs.f64(double %63)
  %65 = fcmp olt double %64, 5.242880e+05
  br i1 %65, label %69, label %66

66:                                               ; preds = %61
  %67 = tail call double @pyir_sin(double noundef %63)
  %68 = insertelement <4 x double> %62, double %67, i64 1
  br label %69

69:                                               ; preds = %66, %61
  %70 = phi <4 x double> [ %62, %61 ], [ %68, %66 ]
  %71 = extractelement <4 x double> %3, i64 2
  %72 = tail call double @llvm.fabs.f64(double %71)
  %73 = fcmp olt double %72, 5.242880e+05
  br i1 %73, label %77, label %74

74:                                               ; preds = %69
  %75 = tail call double @pyir_sin(double noundef %71)
  %76 = insertelement <4 x double> %70, double %75, i64 2
  br label %77

77:                                               ; preds = %74, %69
  %78 = phi <4 x double> [ %70, %69 ], [ %76, %74 ]
  %79 = extractelement <4 x double> %3, i64 3
  %80 = tail call double @llvm.fabs.f64(double %79)
  %81 = fcmp olt double %80, 5.242880e+05
  br i1 %81, label %85, label %82

82:                                               ; preds = %77
  %83 = tail call double @pyir_sin(double noundef %79)
  %84 = insertelement <4 x double> %78, double %83, i64 3
  br label %85

85:                                               ; preds = %77, %82
  %86 = phi <4 x double> [ %78, %77 ], [ %84, %82 ]
  %87 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %5)
  %88 = fcmp olt <4 x double> %87, <double 5.242880e+05, double 5.242880e+05, double 5.242880e+05, double 5.242880e+05>
  %89 = select <4 x i1> %88, <4 x double> %87, <4 x double> zeroinitializer
  %90 = fmul <4 x double> %89, <double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883>
  %91 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %90)
  %92 = fmul <4 x double> %91, <double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000>
  %93 = fsub <4 x double> %89, %92
  %94 = fmul <4 x double> %91, <double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000>
  %95 = fsub <4 x double> %93, %94
  %96 = fmul <4 x double> %91, <double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000>
  %97 = fsub <4 x double> %95, %96
  %98 = fmul <4 x double> %97, %97
  %99 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %98, <4 x double> <double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F>, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %100 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %99, <4 x double> %98, <4 x double> <double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4>)
  %101 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %100, <4 x double> %98, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %102 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %101, <4 x double> %98, <4 x double> <double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A>)
  %103 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %102, <4 x double> %98, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %104 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %103, <4 x double> %98, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>)
  %105 = fmul <4 x double> %97, %98
  %106 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %105, <4 x double> %104, <4 x double> %97)
  %107 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %98, <4 x double> <double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F>, <4 x double> <double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D>)
  %108 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %107, <4 x double> %98, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %109 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %108, <4 x double> %98, <4 x double> <double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C>)
  %110 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %109, <4 x double> %98, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %111 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %110, <4 x double> %98, <4 x double> <double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17>)
  %112 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %111, <4 x double> %98, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %113 = fmul <4 x double> %98, %98
  %114 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %98, <4 x double> <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %115 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %113, <4 x double> %112, <4 x double> %114)
  %116 = fadd <4 x double> %91, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %117 = bitcast <4 x double> %116 to <4 x i64>
  %118 = and <4 x i64> %117, <i64 1, i64 1, i64 1, i64 1>
  %119 = icmp eq <4 x i64> %118, zeroinitializer
  %120 = add nsw <4 x i64> %118, <i64 -1, i64 -1, i64 -1, i64 -1>
  %121 = bitcast <4 x double> %115 to <4 x i64>
  %122 = select <4 x i1> %119, <4 x i64> zeroinitializer, <4 x i64> %121
  %123 = bitcast <4 x double> %106 to <4 x i64>
  %124 = and <4 x i64> %120, %123
  %125 = or <4 x i64> %124, %122
  %126 = bitcast <4 x i64> %125 to <4 x double>
  %127 = and <4 x i64> %117, <i64 2, i64 2, i64 2, i64 2>
  %128 = icmp eq <4 x i64> %127, zeroinitializer
  %129 = fneg <4 x double> %126
  %130 = select <4 x i1> %128, <4 x double> %126, <4 x double> %129
  %131 = fcmp olt <4 x float> %4, zeroinitializer
  %132 = fneg <4 x double> %130
  %133 = fcmp olt <4 x double> %87, <double 0x3E50000000000000, double 0x3E50000000000000, double 0x3E50000000000000, double 0x3E50000000000000>
  %134 = select <4 x i1> %131, <4 x double> %132, <4 x double> %130
  %135 = select <4 x i1> %133, <4 x double> %5, <4 x double> %134
  %136 = extractelement <4 x double> %5, i64 0
  %137 = tail call double @llvm.fabs.f64(double %136)
  %138 = fcmp olt double %137, 5.242880e+05
  br i1 %138, label %142, label %139

139:                                              ; preds = %85
  %140 = tail call double @pyir_sin(double noundef %136)
  %141 = insertelement <4 x double> %135, double %140, i64 0
  br label %142

142:                                              ; preds = %139, %85
  %143 = phi <4 x double> [ %135, %85 ], [ %141, %139 ]
  %144 = extractelement <4 x double> %5, i64 1
  %145 = tail call double @llvm.fabs.f64(double %144)
  %146 = fcmp olt double %145, 5.242880e+05
  br i1 %146, label %150, label %147

147:                                              ; preds = %142
  %148 = tail call double @pyir_sin(double noundef %144)
  %149 = insertelement <4 x double> %143, double %148, i64 1
  br label %150

150:                                              ; preds = %147, %142
  %151 = phi <4 x double> [ %143, %142 ], [ %149, %147 ]
  %152 = extractelement <4 x double> %5, i64 2
  %153 = tail call double @llvm.fabs.f64(double %152)
  %154 = fcmp olt double %153, 5.242880e+05
  br i1 %154, label %158, label %155

155:                                              ; preds = %150
  %156 = tail call double @pyir_sin(double noundef %152)
  %157 = insertelement <4 x double> %151, double %156, i64 2
  br label %158

158:                                              ; preds = %155, %150
  %159 = phi <4 x double> [ %151, %150 ], [ %157, %155 ]
  %160 = extractelement <4 x double> %5, i64 3
  %161 = tail call double @llvm.fabs.f64(double %160)
  %162 = fcmp olt double %161, 5.242880e+05
  br i1 %162, label %166, label %163

163:                                              ; preds = %158
  %164 = tail call double @pyir_sin(double noundef %160)
  %165 = insertelement <4 x double> %159, double %164, i64 3
  br label %166

166:                                              ; preds = %158, %163
  %167 = phi <4 x double> [ %159, %158 ], [ %165, %163 ]
  %168 = fptrunc <4 x double> %86 to <4 x float>
  %169 = fptrunc <4 x double> %167 to <4 x float>
  %170 = shufflevector <4 x float> %168, <4 x float> %169, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %170
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local <4 x double> @pyir_cos_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %0)
  %3 = fcmp olt <4 x double> %2, <double 5.242880e+05, double 5.242880e+05, double 5.242880e+05, double 5.242880e+05>
  %4 = select <4 x i1> %3, <4 x double> %2, <4 x double> zeroinitializer
  %5 = fmul <4 x double> %4, <double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883>
  %6 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %5)
  %7 = fmul <4 x double> %6, <double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000>
  %8 = fsub <4 x double> %4, %7
  %9 = fmul <4 x double> %6, <double 0xBDD0B4611A600000, double 0xBDD0B4611A600000, double 0xBDD0B4611A600000, double 0xBDD0B4611A600000>
  %10 = fadd <4 x double> %9, %8
  %11 = fsub <4 x double> %10, %8
  %12 = fsub <4 x double> %10, %11
  %13 = fsub <4 x double> %8, %12
  %14 = fsub <4 x double> %9, %11
  %15 = fadd <4 x double> %14, %13
  %16 = fmul <4 x double> %6, <double 0xBBA3198A2E000000, double 0xBBA3198A2E000000, double 0xBBA3198A2E000000, double 0xBBA3198A2E000000>
  %17 = fadd <4 x double> %16, %10
  %18 = fsub <4 x double> %17, %10
  %19 = fsub <4 x double> %17, %18
  %20 = fsub <4 x double> %10, %19
  %21 = fsub <4 x double> %16, %18
  %22 = fadd <4 x double> %21, %20
  %23 = fadd <4 x double> %15, %22
  %24 = fmul <4 x double> %6, <double 0x397B839A252049C1, double 0x397B839A252049C1, double 0x397B839A252049C1, double 0x397B839A252049C1>
  %25 = fsub <4 x double> %23, %24
  %26 = fadd <4 x double> %17, %25
  %27 = fsub <4 x double> %26, %17
  %28 = fsub <4 x double> %25, %27
  %29 = fmul <4 x double> %26, %26
  %30 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> <double 0xBC62F49B46814157, double 0xBC62F49B46814157, double 0xBC62F49B46814157, double 0xBC62F49B46814157>, <4 x double> <double 0x3CE952C77030AD4A, double 0x3CE952C77030AD4A, double 0x3CE952C77030AD4A, double 0x3CE952C77030AD4A>)
  %31 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %30, <4 x double> %29, <4 x double> <double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F>)
  %32 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %31, <4 x double> %29, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %33 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %32, <4 x double> %29, <4 x double> <double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4>)
  %34 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %33, <4 x double> %29, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %35 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %34, <4 x double> %29, <4 x double> <double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A>)
  %36 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %35, <4 x double> %29, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %37 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %36, <4 x double> %29, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>)
  %38 = fmul <4 x double> %26, %29
  %39 = fmul <4 x double> %29, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %40 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %39
  %41 = fmul <4 x double> %28, %40
  %42 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %38, <4 x double> %37, <4 x double> %41)
  %43 = fadd <4 x double> %26, %42
  %44 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> <double 0x3C1E542BA4020225, double 0x3C1E542BA4020225, double 0x3C1E542BA4020225, double 0x3C1E542BA4020225>, <4 x double> <double 0xBCA6827863B97D97, double 0xBCA6827863B97D97, double 0xBCA6827863B97D97, double 0xBCA6827863B97D97>)
  %45 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %44, <4 x double> %29, <4 x double> <double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F>)
  %46 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %45, <4 x double> %29, <4 x double> <double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D>)
  %47 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %46, <4 x double> %29, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %48 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %47, <4 x double> %29, <4 x double> <double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C>)
  %49 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %48, <4 x double> %29, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %50 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %49, <4 x double> %29, <4 x double> <double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17>)
  %51 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %50, <4 x double> %29, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %52 = fmul <4 x double> %26, <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>
  %53 = fneg <4 x double> %39
  %54 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %52, <4 x double> %26, <4 x double> %53)
  %55 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %40
  %56 = fsub <4 x double> %55, %39
  %57 = fmul <4 x double> %29, %29
  %58 = fneg <4 x double> %26
  %59 = fmul <4 x double> %28, %58
  %60 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %57, <4 x double> %51, <4 x double> %59)
  %61 = fsub <4 x double> %60, %54
  %62 = fadd <4 x double> %56, %61
  %63 = fadd <4 x double> %40, %62
  %64 = fadd <4 x double> %6, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %65 = bitcast <4 x double> %64 to <4 x i64>
  %66 = and <4 x i64> %65, <i64 1, i64 1, i64 1, i64 1>
  %67 = icmp eq <4 x i64> %66, zeroinitializer
  %68 = add nsw <4 x i64> %66, <i64 -1, i64 -1, i64 -1, i64 -1>
  %69 = bitcast <4 x double> %43 to <4 x i64>
  %70 = select <4 x i1> %67, <4 x i64> zeroinitializer, <4 x i64> %69
  %71 = bitcast <4 x double> %63 to <4 x i64>
  %72 = and <4 x i64> %68, %71
  %73 = or <4 x i64> %72, %70
  %74 = bitcast <4 x i64> %73 to <4 x double>
  %75 = add <4 x i64> %65, <i64 1, i64 1, i64 1, i64 1>
  %76 = and <4 x i64> %75, <i64 2, i64 2, i64 2, i64 2>
  %77 = icmp eq <4 x i64> %76, zeroinitializer
  %78 = fneg <4 x double> %74
  %79 = fcmp uge <4 x double> %2, <double 0x3E40000000000000, double 0x3E40000000000000, double 0x3E40000000000000, double 0x3E40000000000000>
  %80 = select <4 x i1> %77, <4 x double> %74, <4 x double> %78
  %81 = select <4 x i1> %79, <4 x double> %80, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>
  %82 = extractelement <4 x double> %0, i64 0
  %83 = tail call double @llvm.fabs.f64(double %82)
  %84 = fcmp olt double %83, 5.242880e+05
  br i1 %84, label %88, label %85

85:                                               ; preds = %1
  %86 = tail call double @pyir_cos(double noundef %82)
  %87 = insertelement <4 x double> %81, double %86, i64 0
  br label %88

88:                                               ; preds = %1, %85
  %89 = phi <4 x double> [ %81, %1 ], [ %87, %85 ]
  %90 = extractelement <4 x double> %0, i64 1
  %91 = tail call double @llvm.fabs.f64(double %90)
  %92 = fcmp olt double %91, 5.242880e+05
  br i1 %92, label %96, label %93

93:                                               ; preds = %88
  %94 = tail call double @pyir_cos(double noundef %90)
  %95 = insertelement <4 x double> %89, double %94, i64 1
  br label %96

96:                                               ; preds = %93, %88
  %97 = phi <4 x double> [ %89, %88 ], [ %95, %93 ]
  %98 = extractelement <4 x double> %0, i64 2
  %99 = tail call double @llvm.fabs.f64(double %98)
  %100 = fcmp olt double %99, 5.242880e+05
  br i1 %100, label %104, label %101

101:                                              ; preds = %96
  %102 = tail call double @pyir_cos(double noundef %98)
  %103 = insertelement <4 x double> %97, double %102, i64 2
  br label %104

104:                                              ; preds = %101, %96
  %105 = phi <4 x double> [ %97, %96 ], [ %103, %101 ]
  %106 = extractelement <4 x double> %0, i64 3
  %107 = tail call double @llvm.fabs.f64(double %106)
  %108 = fcmp olt double %107, 5.242880e+05
  br i1 %108, label %112, label %109

109:                                              ; preds = %104
  %110 = tail call double @pyir_cos(double noundef %106)
  %111 = insertelement <4 x double> %105, double %110, i64 3
  br label %112

112:                                              ; preds = %109, %104
  %113 = phi <4 x double> [ %105, %104 ], [ %111, %109 ]
  ret <4 x double> %113
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local <8 x float> @pyir_cosf_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %3)
  %7 = fcmp olt <4 x double> %6, <double 5.242880e+05, double 5.242880e+05, double 5.242880e+05, double 5.242880e+05>
  %8 = select <4 x i1> %7, <4 x double> %6, <4 x double> zeroinitializer
  %9 = fmul <4 x double> %8, <double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883>
  %10 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %9)
  %11 = fmul <4 x double> %10, <double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000>
  %12 = fsub <4 x double> %8, %11
  %13 = fmul <4 x double> %10, <double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000>
  %14 = fsub <4 x double> %12, %13
  %15 = fmul <4 x double> %10, <double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000>
  %16 = fsub <4 x double> %14, %15
  %17 = fmul <4 x double> %16, %16
  %18 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> <double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F>, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %19 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %18, <4 x double> %17, <4 x double> <double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4>)
  %20 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %19, <4 x double> %17, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %21 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %20, <4 x double> %17, <4 x double> <double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A>)
  %22 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %21, <4 x double> %17, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %23 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %22, <4 x double> %17, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>)
  %24 = fmul <4 x double> %16, %17
  %25 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %24, <4 x double> %23, <4 x double> %16)
  %26 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> <double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F>, <4 x double> <double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D>)
  %27 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %26, <4 x double> %17, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %28 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %27, <4 x double> %17, <4 x double> <double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C>)
  %29 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %28, <4 x double> %17, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %30 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> %17, <4 x double> <double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17>)
  %31 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %30, <4 x double> %17, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %32 = fmul <4 x double> %17, %17
  %33 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %17, <4 x double> <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %34 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %32, <4 x double> %31, <4 x double> %33)
  %35 = fadd <4 x double> %10, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %36 = bitcast <4 x double> %35 to <4 x i64>
  %37 = and <4 x i64> %36, <i64 1, i64 1, i64 1, i64 1>
  %38 = icmp eq <4 x i64> %37, zeroinitializer
  %39 = add nsw <4 x i64> %37, <i64 -1, i64 -1, i64 -1, i64 -1>
  %40 = bitcast <4 x double> %25 to <4 x i64>
  %41 = select <4 x i1> %38, <4 x i64> zeroinitializer, <4 x i64> %40
  %42 = bitcast <4 x double> %34 to <4 x i64>
  %43 = and <4 x i64> %39, %42
  %44 = or <4 x i64> %43, %41
  %45 = bitcast <4 x i64> %44 to <4 x double>
  %46 = add <4 x i64> %36, <i64 1, i64 1, i64 1, i64 1>
  %47 = and <4 x i64> %46, <i64 2, i64 2, i64 2, i64 2>
  %48 = icmp eq <4 x i64> %47, zeroinitializer
  %49 = fneg <4 x double> %45
  %50 = select <4 x i1> %48, <4 x double> %45, <4 x double> %49
  %51 = extractelement <4 x double> %3, i64 0
  %52 = tail call double @llvm.fabs.f64(double %51)
  %53 = fcmp olt double %52, 5.242880e+05
  br i1 %53, label %57, label %54

54:                                               ; preds = %1
  %55 = tail call double @pyir_cos(double noundef %51)
  %56 = insertelement <4 x double> %50, double %55, i64 0
  br label %57

57:                                               ; preds = %54, %1
  %58 = phi <4 x double> [ %50, %1 ], [ %56, %54 ]
  %59 = extractelement <4 x double> %3, i64 1
  %60 = tail call double @llvm.fabs.f64(double %59)
  %61 = fcmp olt double %60, 5.242880e+05
  br i1 %61, label %65, label %62

62:                                               ; preds = %57
  %63 = tail call double @pyir_cos(double noundef %59)
  %64 = insertelement <4 x double> %58, double %63, i64 1
  br label %65

65:                                               ; preds = %62, %57
  %66 = phi <4 x double> [ %58, %57 ], [ %64, %62 ]
  %67 = extractelement <4 x double> %3, i64 2
  %68 = tail call double @llvm.fabs.f64(double %67)
  %69 = fcmp olt double %68, 5.242880e+05
  br i1 %69, label %73, label %70

70:                                               ; preds = %65
  %71 = tail call double @pyir_cos(double noundef %67)
  %72 = insertelement <4 x double> %66, double %71, i64 2
  br label %73

73:                                               ; preds = %70, %65
  %74 = phi <4 x double> [ %66, %65 ], [ %72, %70 ]
  %75 = extractelement <4 x double> %3, i64 3
  %76 = tail call double @llvm.fabs.f64(double %75)
  %77 = fcmp olt double %76, 5.242880e+05
  br i1 %77, label %81, label %78

78:                                               ; preds = %73
  %79 = tail call double @pyir_cos(double noundef %75)
  %80 = insertelement <4 x double> %74, double %79, i64 3
  br label %81

81:                                               ; preds = %73, %78
  %82 = phi <4 x double> [ %74, %73 ], [ %80, %78 ]
  %83 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %5)
  %84 = fcmp olt <4 x double> %83, <double 5.242880e+05, double 5.242880e+05, double 5.242880e+05, double 5.242880e+05>
  %85 = select <4 x i1> %84, <4 x double> %83, <4 x double> zeroinitializer
  %86 = fmul <4 x double> %85, <double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883, double 0x3FE45F306DC9C883>
  %87 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %86)
  %88 = fmul <4 x double> %87, <double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000, double 0x3FF921FB54400000>
  %89 = fsub <4 x double> %85, %88
  %90 = fmul <4 x double> %87, <double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000, double 0x3DD0B4611A600000>
  %91 = fsub <4 x double> %89, %90
  %92 = fmul <4 x double> %87, <double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000, double 0x3BA3198A2E000000>
  %93 = fsub <4 x double> %91, %92
  %94 = fmul <4 x double> %93, %93
  %95 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %94, <4 x double> <double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F, double 0xBD6AE7F3E733B81F>, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %96 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %95, <4 x double> %94, <4 x double> <double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4, double 0xBE5AE64567F544E4>)
  %97 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %96, <4 x double> %94, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %98 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %97, <4 x double> %94, <4 x double> <double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A, double 0xBF2A01A01A01A01A>)
  %99 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %98, <4 x double> %94, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %100 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %99, <4 x double> %94, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>)
  %101 = fmul <4 x double> %93, %94
  %102 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %101, <4 x double> %100, <4 x double> %93)
  %103 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %94, <4 x double> <double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F, double 0x3D2AE7F3E733B81F>, <4 x double> <double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D, double 0xBDA93974A8C07C9D>)
  %104 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %103, <4 x double> %94, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %105 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %104, <4 x double> %94, <4 x double> <double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C, double 0xBE927E4FB7789F5C>)
  %106 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %105, <4 x double> %94, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %107 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %106, <4 x double> %94, <4 x double> <double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17, double 0xBF56C16C16C16C17>)
  %108 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %107, <4 x double> %94, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %109 = fmul <4 x double> %94, %94
  %110 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %94, <4 x double> <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>, <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>)
  %111 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %109, <4 x double> %108, <4 x double> %110)
  %112 = fadd <4 x double> %87, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %113 = bitcast <4 x double> %112 to <4 x i64>
  %114 = and <4 x i64> %113, <i64 1, i64 1, i64 1, i64 1>
  %115 = icmp eq <4 x i64> %114, zeroinitializer
  %116 = add nsw <4 x i64> %114, <i64 -1, i64 -1, i64 -1, i64 -1>
  %117 = bitcast <4 x double> %102 to <4 x i64>
  %118 = select <4 x i1> %115, <4 x i64> zeroinitializer, <4 x i64> %117
  %119 = bitcast <4 x double> %111 to <4 x i64>
  %120 = and <4 x i64> %116, %119
  %121 = or <4 x i64> %120, %118
  %122 = bitcast <4 x i64> %121 to <4 x double>
  %123 = add <4 x i64> %113, <i64 1, i64 1, i64 1, i64 1>
  %124 = and <4 x i64> %123, <i64 2, i64 2, i64 2, i64 2>
  %125 = icmp eq <4 x i64> %124, zeroinitializer
  %126 = fneg <4 x double> %122
  %127 = select <4 x i1> %125, <4 x double> %122, <4 x double> %126
  %128 = extractelement <4 x double> %5, i64 0
  %129 = tail call double @llvm.fabs.f64(double %128)
  %130 = fcmp olt double %129, 5.242880e+05
  br i1 %130, label %134, label %131

131:                                              ; preds = %81
  %132 = tail call double @pyir_cos(double noundef %128)
  %133 = insertelement <4 x double> %127, double %132, i64 0
  br label %134

134:                                              ; preds = %131, %81
  %135 = phi <4 x double> [ %127, %81 ], [ %133, %131 ]
  %136 = extractelement <4 x double> %5, i64 1
  %137 = tail call double @llvm.fabs.f64(double %136)
  %138 = fcmp olt double %137, 5.242880e+05
  br i1 %138, label %142, label %139

139:                                              ; preds = %134
  %140 = tail call double @pyir_cos(double noundef %136)
  %141 = insertelement <4 x double> %135, double %140, i64 1
  br label %142

142:                                              ; preds = %139, %134
  %143 = phi <4 x double> [ %135, %134 ], [ %141, %139 ]
  %144 = extractelement <4 x double> %5, i64 2
  %145 = tail call double @llvm.fabs.f64(double %144)
  %146 = fcmp olt double %145, 5.242880e+05
  br i1 %146, label %150, label %147

147:                                              ; preds = %142
  %148 = tail call double @pyir_cos(double noundef %144)
  %149 = insertelement <4 x double> %143, double %148, i64 2
  br label %150

150:                                              ; preds = %147, %142
  %151 = phi <4 x double> [ %143, %142 ], [ %149, %147 ]
  %152 = extractelement <4 x double> %5, i64 3
  %153 = tail call double @llvm.fabs.f64(double %152)
  %154 = fcmp olt double %153, 5.242880e+05
  br i1 %154, label %158, label %155

155:                                              ; preds = %150
  %156 = tail call double @pyir_cos(double noundef %152)
  %157 = insertelement <4 x double> %151, double %156, i64 3
  br label %158

158:                                              ; preds = %150, %155
  %159 = phi <4 x double> [ %151, %150 ], [ %157, %155 ]
  %160 = fptrunc <4 x double> %82 to <4 x float>
  %161 = fptrunc <4 x double> %159 to <4 x float>
  %162 = shufflevector <4 x float> %160, <4 x float> %161, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %162
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <4 x double> @pyir_tanh_v4(<4 x double> noundef %0) local_unnamed_addr {
  %2 = tail call fastcc <4 x double> @tanh_gen_v(<4 x double> noundef %0)
  ret <4 x double> %2
}

; Function Attrs: inlinehint mustprogress nofree nosync nounwind willreturn memory(none)
define internal fastcc <4 x double> @tanh_gen_v(<4 x double> noundef %0) unnamed_addr {
  %2 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %0)
  %3 = fcmp olt <4 x double> %2, <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>
  %4 = sext <4 x i1> %3 to <4 x i64>
  %5 = fmul <4 x double> %2, <double -2.000000e+00, double -2.000000e+00, double -2.000000e+00, double -2.000000e+00>
  %6 = fcmp olt <4 x double> %2, <double 2.200000e+01, double 2.200000e+01, double 2.200000e+01, double 2.200000e+01>
  %7 = sext <4 x i1> %6 to <4 x i64>
  %8 = bitcast <4 x double> %2 to <4 x i64>
  %9 = and <4 x i64> %7, %8
  %10 = select <4 x i1> %6, <4 x i64> zeroinitializer, <4 x i64> <i64 4626885667169763328, i64 4626885667169763328, i64 4626885667169763328, i64 4626885667169763328>
  %11 = or <4 x i64> %9, %10
  %12 = bitcast <4 x i64> %11 to <4 x double>
  %13 = fmul <4 x double> %12, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %14 = bitcast <4 x double> %5 to <4 x i64>
  %15 = and <4 x i64> %14, %4
  %16 = bitcast <4 x double> %13 to <4 x i64>
  %17 = select <4 x i1> %3, <4 x i64> zeroinitializer, <4 x i64> %16
  %18 = or <4 x i64> %17, %15
  %19 = bitcast <4 x i64> %18 to <4 x double>
  %20 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %19)
  %21 = fcmp uno <4 x double> %19, zeroinitializer
  %22 = fcmp olt <4 x double> %20, <double 0x3C90000000000000, double 0x3C90000000000000, double 0x3C90000000000000, double 0x3C90000000000000>
  %23 = fcmp ole <4 x double> %20, <double 3.400000e-01, double 3.400000e-01, double 3.400000e-01, double 3.400000e-01>
  %24 = sext <4 x i1> %23 to <4 x i64>
  %25 = fcmp ogt <4 x double> %19, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %26 = fcmp olt <4 x double> %19, <double -4.000000e+01, double -4.000000e+01, double -4.000000e+01, double -4.000000e+01>
  %27 = and <4 x i64> %18, %24
  %28 = bitcast <4 x i64> %27 to <4 x double>
  %29 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %28, <4 x double> <double 0x3DA93974A8C07C9D, double 0x3DA93974A8C07C9D, double 0x3DA93974A8C07C9D, double 0x3DA93974A8C07C9D>, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %30 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %29, <4 x double> %28, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %31 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %30, <4 x double> %28, <4 x double> <double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4>)
  %32 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %31, <4 x double> %28, <4 x double> <double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C>)
  %33 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %32, <4 x double> %28, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %34 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %33, <4 x double> %28, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %35 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %34, <4 x double> %28, <4 x double> <double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A>)
  %36 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %35, <4 x double> %28, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>)
  %37 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %36, <4 x double> %28, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %38 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %37, <4 x double> %28, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %39 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %38, <4 x double> %28, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>)
  %40 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %39, <4 x double> %28, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %41 = fmul <4 x double> %28, %28
  %42 = fneg <4 x double> %41
  %43 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %28, <4 x double> %28, <4 x double> %42)
  %44 = fmul <4 x double> %41, %40
  %45 = fneg <4 x double> %44
  %46 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %41, <4 x double> %40, <4 x double> %45)
  %47 = fmul <4 x double> %43, %40
  %48 = fadd <4 x double> %47, %46
  %49 = fadd <4 x double> %44, %28
  %50 = fsub <4 x double> %49, %28
  %51 = fsub <4 x double> %49, %50
  %52 = fsub <4 x double> %28, %51
  %53 = fsub <4 x double> %44, %50
  %54 = fadd <4 x double> %53, %52
  %55 = fadd <4 x double> %48, %54
  %56 = fadd <4 x double> %49, %55
  %57 = or <4 x i1> %26, %25
  %58 = or <4 x i1> %57, %21
  %59 = or <4 x i1> %58, %23
  %60 = select <4 x i1> %59, <4 x i64> <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>, <4 x i64> %18
  %61 = bitcast <4 x i64> %60 to <4 x double>
  %62 = fmul <4 x double> %61, <double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE, double 0x3FF71547652B82FE>
  %63 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %62)
  %64 = fneg <4 x double> %63
  %65 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %64, <4 x double> <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>, <4 x double> %61)
  %66 = fmul <4 x double> %63, <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>
  %67 = fneg <4 x double> %66
  %68 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %63, <4 x double> <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>, <4 x double> %67)
  %69 = fsub <4 x double> %65, %66
  %70 = fsub <4 x double> %69, %65
  %71 = fsub <4 x double> %69, %70
  %72 = fsub <4 x double> %65, %71
  %73 = fsub <4 x double> %67, %70
  %74 = fadd <4 x double> %73, %72
  %75 = fsub <4 x double> %74, %68
  %76 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %69, <4 x double> <double 0x3DA93974A8C07C9D, double 0x3DA93974A8C07C9D, double 0x3DA93974A8C07C9D, double 0x3DA93974A8C07C9D>, <4 x double> <double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09, double 0x3DE6124613A86D09>)
  %77 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %76, <4 x double> %69, <4 x double> <double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898, double 0x3E21EED8EFF8D898>)
  %78 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %77, <4 x double> %69, <4 x double> <double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4, double 0x3E5AE64567F544E4>)
  %79 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %78, <4 x double> %69, <4 x double> <double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C, double 0x3E927E4FB7789F5C>)
  %80 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %79, <4 x double> %69, <4 x double> <double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734, double 0x3EC71DE3A556C734>)
  %81 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %80, <4 x double> %69, <4 x double> <double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A, double 0x3EFA01A01A01A01A>)
  %82 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %81, <4 x double> %69, <4 x double> <double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A, double 0x3F2A01A01A01A01A>)
  %83 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %82, <4 x double> %69, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>)
  %84 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %83, <4 x double> %69, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>)
  %85 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %84, <4 x double> %69, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %86 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %85, <4 x double> %69, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>)
  %87 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %86, <4 x double> %69, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %88 = fmul <4 x double> %69, %69
  %89 = fneg <4 x double> %88
  %90 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %69, <4 x double> %69, <4 x double> %89)
  %91 = fmul <4 x double> %88, %87
  %92 = fneg <4 x double> %91
  %93 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %88, <4 x double> %87, <4 x double> %92)
  %94 = fmul <4 x double> %90, %87
  %95 = fadd <4 x double> %94, %93
  %96 = fadd <4 x double> %69, %91
  %97 = fsub <4 x double> %96, %69
  %98 = fsub <4 x double> %96, %97
  %99 = fsub <4 x double> %69, %98
  %100 = fsub <4 x double> %91, %97
  %101 = fadd <4 x double> %100, %99
  %102 = fadd <4 x double> %95, %101
  %103 = fadd <4 x double> %96, %102
  %104 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %75, <4 x double> %103, <4 x double> %75)
  %105 = fadd <4 x double> %103, %104
  %106 = fcmp ogt <4 x double> %63, <double 6.000000e+01, double 6.000000e+01, double 6.000000e+01, double 6.000000e+01>
  %107 = sext <4 x i1> %106 to <4 x i64>
  %108 = fadd <4 x double> %63, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %109 = select <4 x i1> %106, <4 x double> <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>, <4 x double> %108
  %110 = bitcast <4 x double> %109 to <4 x i64>
  %111 = shl <4 x i64> %110, <i64 52, i64 52, i64 52, i64 52>
  %112 = add <4 x i64> %111, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %113 = bitcast <4 x i64> %112 to <4 x double>
  %114 = fmul <4 x double> %105, %113
  %115 = fadd <4 x double> %113, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %116 = fadd <4 x double> %115, %114
  %117 = and <4 x i64> %60, %107
  %118 = bitcast <4 x i64> %117 to <4 x double>
  %119 = fcmp uno <4 x double> %118, zeroinitializer
  %120 = fcmp ogt <4 x double> %118, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %121 = fcmp olt <4 x double> %118, <double -7.460000e+02, double -7.460000e+02, double -7.460000e+02, double -7.460000e+02>
  %122 = or <4 x i1> %121, %119
  %123 = or <4 x i1> %122, %120
  %124 = select <4 x i1> %123, <4 x double> zeroinitializer, <4 x double> %118
  %125 = fmul <4 x double> %124, <double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE>
  %126 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %125)
  %127 = fneg <4 x double> %126
  %128 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %127, <4 x double> <double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000>, <4 x double> %124)
  %129 = fmul <4 x double> %126, <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>
  %130 = fneg <4 x double> %129
  %131 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %126, <4 x double> <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>, <4 x double> %130)
  %132 = fsub <4 x double> %128, %129
  %133 = fsub <4 x double> %132, %128
  %134 = fsub <4 x double> %132, %133
  %135 = fsub <4 x double> %128, %134
  %136 = fsub <4 x double> %130, %133
  %137 = fadd <4 x double> %136, %135
  %138 = fsub <4 x double> %137, %131
  %139 = fadd <4 x double> %138, zeroinitializer
  %140 = fmul <4 x double> %132, %132
  %141 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %132, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %142 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %132, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %143 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %140, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>, <4 x double> %142)
  %144 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %143, <4 x double> %140, <4 x double> %141)
  %145 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %140, <4 x double> %144, <4 x double> %132)
  %146 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %139, <4 x double> %145, <4 x double> %139)
  %147 = fadd <4 x double> %145, %146
  %148 = fadd <4 x double> %126, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %149 = bitcast <4 x double> %148 to <4 x i64>
  %150 = add <4 x i64> %149, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %151 = and <4 x i64> %149, <i64 127, i64 127, i64 127, i64 127>
  %152 = lshr <4 x i64> %149, <i64 7, i64 7, i64 7, i64 7>
  %153 = extractelement <4 x i64> %151, i64 0
  %154 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %153
  %155 = load double, ptr %154, align 8
  %156 = insertelement <4 x double> undef, double %155, i64 0
  %157 = extractelement <4 x i64> %151, i64 1
  %158 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %157
  %159 = load double, ptr %158, align 8
  %160 = insertelement <4 x double> %156, double %159, i64 1
  %161 = extractelement <4 x i64> %151, i64 2
  %162 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %161
  %163 = load double, ptr %162, align 8
  %164 = insertelement <4 x double> %160, double %163, i64 2
  %165 = extractelement <4 x i64> %151, i64 3
  %166 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %165
  %167 = load double, ptr %166, align 8
  %168 = insertelement <4 x double> %164, double %167, i64 3
  %169 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %153
  %170 = load double, ptr %169, align 8
  %171 = insertelement <4 x double> undef, double %170, i64 0
  %172 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %157
  %173 = load double, ptr %172, align 8
  %174 = insertelement <4 x double> %171, double %173, i64 1
  %175 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %161
  %176 = load double, ptr %175, align 8
  %177 = insertelement <4 x double> %174, double %176, i64 2
  %178 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %165
  %179 = load double, ptr %178, align 8
  %180 = insertelement <4 x double> %177, double %179, i64 3
  %181 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %168, <4 x double> %147, <4 x double> %180)
  %182 = fadd <4 x double> %168, %181
  %183 = ashr <4 x i64> %150, <i64 8, i64 8, i64 8, i64 8>
  %184 = shl <4 x i64> %183, <i64 52, i64 52, i64 52, i64 52>
  %185 = add <4 x i64> %184, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %186 = bitcast <4 x i64> %185 to <4 x double>
  %187 = sub nsw <4 x i64> %152, %183
  %188 = shl <4 x i64> %187, <i64 52, i64 52, i64 52, i64 52>
  %189 = add <4 x i64> %188, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %190 = bitcast <4 x i64> %189 to <4 x double>
  %191 = fmul <4 x double> %182, %186
  %192 = fmul <4 x double> %191, %190
  %193 = bitcast <4 x double> %192 to <4 x i64>
  %194 = select <4 x i1> %120, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %193
  %195 = fadd <4 x double> %118, %118
  %196 = bitcast <4 x double> %195 to <4 x i64>
  %197 = select <4 x i1> %119, <4 x i64> %196, <4 x i64> zeroinitializer
  %198 = select <4 x i1> %122, <4 x i64> zeroinitializer, <4 x i64> %194
  %199 = or <4 x i64> %198, %197
  %200 = bitcast <4 x i64> %199 to <4 x double>
  %201 = fadd <4 x double> %200, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %202 = bitcast <4 x double> %201 to <4 x i64>
  %203 = and <4 x i64> %202, %107
  %204 = bitcast <4 x double> %116 to <4 x i64>
  %205 = select <4 x i1> %106, <4 x i64> zeroinitializer, <4 x i64> %204
  %206 = or <4 x i64> %203, %205
  %207 = bitcast <4 x double> %56 to <4 x i64>
  %208 = and <4 x i64> %207, %24
  %209 = select <4 x i1> %23, <4 x i64> zeroinitializer, <4 x i64> %206
  %210 = or <4 x i64> %209, %208
  %211 = select <4 x i1> %26, <4 x i64> <i64 -4616189618054758400, i64 -4616189618054758400, i64 -4616189618054758400, i64 -4616189618054758400>, <4 x i64> %210
  %212 = select <4 x i1> %25, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %211
  %213 = select <4 x i1> %22, <4 x i64> %18, <4 x i64> %212
  %214 = fadd <4 x double> %19, %19
  %215 = bitcast <4 x i64> %213 to <4 x double>
  %216 = select <4 x i1> %21, <4 x double> %214, <4 x double> %215
  %217 = fneg <4 x double> %216
  %218 = fadd <4 x double> %216, <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>
  %219 = fdiv <4 x double> %217, %218
  %220 = fdiv <4 x double> <double 2.000000e+00, double 2.000000e+00, double 2.000000e+00, double 2.000000e+00>, %218
  %221 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %220
  %222 = bitcast <4 x double> %219 to <4 x i64>
  %223 = and <4 x i64> %222, %4
  %224 = bitcast <4 x double> %221 to <4 x i64>
  %225 = select <4 x i1> %3, <4 x i64> zeroinitializer, <4 x i64> %224
  %226 = or <4 x i64> %225, %223
  %227 = and <4 x i64> %226, %7
  %228 = select <4 x i1> %6, <4 x i64> zeroinitializer, <4 x i64> <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %229 = or <4 x i64> %227, %228
  %230 = bitcast <4 x i64> %229 to <4 x double>
  %231 = fcmp olt <4 x double> %0, zeroinitializer
  %232 = fneg <4 x double> %230
  %233 = fcmp olt <4 x double> %2, <double 0x3C80000000000000, double 0x3C80000000000000, double 0x3C80000000000000, double 0x3C80000000000000>
  %234 = fcmp uno <4 x double> %0, zeroinitializer
  %235 = fadd <4 x double> %0, %0
  %236 = select <4 x i1> %231, <4 x double> %232, <4 x double> %230
  %237 = select <4 x i1> %233, <4 x double> %0, <4 x double> %236
  %238 = select <4 x i1> %234, <4 x double> %235, <4 x double> %237
  ret <4 x double> %238
}

; Function Attrs: mustprogress nofree nosync nounwind willreturn memory(none)
define dso_local <8 x float> @pyir_tanhf_v8(<8 x float> noundef %0) local_unnamed_addr {
  %2 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %3 = fpext <4 x float> %2 to <4 x double>
  %4 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %5 = fpext <4 x float> %4 to <4 x double>
  %6 = tail call fastcc <4 x double> @tanh_gen_v(<4 x double> noundef %3)
  %7 = fptrunc <4 x double> %6 to <4 x float>
  %8 = tail call fastcc <4 x double> @tanh_gen_v(<4 x double> noundef %5)
  %9 = fptrunc <4 x double> %8 to <4 x float>
  %10 = shufflevector <4 x float> %7, <4 x float> %9, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %10
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local <4 x double> @pyir_pow_v4(<4 x double> noundef %0, <4 x double> noundef %1) local_unnamed_addr {
  %3 = fcmp ogt <4 x double> %0, zeroinitializer
  %4 = fcmp olt <4 x double> %0, <double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000, double 0x7FF0000000000000>
  %5 = and <4 x i1> %3, %4
  %6 = tail call <4 x double> @llvm.fabs.v4f64(<4 x double> %1)
  %7 = fcmp ole <4 x double> %6, <double 0x43F0000000000000, double 0x43F0000000000000, double 0x43F0000000000000, double 0x43F0000000000000>
  %8 = fcmp une <4 x double> %1, zeroinitializer
  %9 = fcmp une <4 x double> %0, <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>
  %10 = and <4 x i1> %5, %9
  %11 = and <4 x i1> %10, %8
  %12 = and <4 x i1> %11, %7
  %13 = sext <4 x i1> %12 to <4 x i64>
  %14 = bitcast <4 x double> %0 to <4 x i64>
  %15 = and <4 x i64> %13, %14
  %16 = select <4 x i1> %12, <4 x i64> zeroinitializer, <4 x i64> <i64 4611686018427387904, i64 4611686018427387904, i64 4611686018427387904, i64 4611686018427387904>
  %17 = or <4 x i64> %15, %16
  %18 = bitcast <4 x i64> %17 to <4 x double>
  %19 = bitcast <4 x double> %1 to <4 x i64>
  %20 = and <4 x i64> %13, %19
  %21 = select <4 x i1> %12, <4 x i64> zeroinitializer, <4 x i64> <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %22 = or <4 x i64> %20, %21
  %23 = bitcast <4 x i64> %22 to <4 x double>
  %24 = fcmp olt <4 x double> %18, <double 0x10000000000000, double 0x10000000000000, double 0x10000000000000, double 0x10000000000000>
  %25 = fmul <4 x double> %18, <double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000, double 0x4350000000000000>
  %26 = select <4 x i1> %24, <4 x double> %25, <4 x double> %18
  %27 = bitcast <4 x double> %26 to <4 x i64>
  %28 = add <4 x i64> %27, <i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632, i64 -4604531861337669632>
  %29 = lshr <4 x i64> %28, <i64 45, i64 45, i64 45, i64 45>
  %30 = and <4 x i64> %29, <i64 127, i64 127, i64 127, i64 127>
  %31 = ashr <4 x i64> %28, <i64 52, i64 52, i64 52, i64 52>
  %32 = and <4 x i64> %28, <i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496, i64 -4503599627370496>
  %33 = sub <4 x i64> %27, %32
  %34 = bitcast <4 x i64> %33 to <4 x double>
  %35 = extractelement <4 x i64> %30, i64 0
  %36 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %35
  %37 = load double, ptr %36, align 8
  %38 = insertelement <4 x double> undef, double %37, i64 0
  %39 = extractelement <4 x i64> %30, i64 1
  %40 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %39
  %41 = load double, ptr %40, align 8
  %42 = insertelement <4 x double> %38, double %41, i64 1
  %43 = extractelement <4 x i64> %30, i64 2
  %44 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %43
  %45 = load double, ptr %44, align 8
  %46 = insertelement <4 x double> %42, double %45, i64 2
  %47 = extractelement <4 x i64> %30, i64 3
  %48 = getelementptr inbounds [128 x double], ptr @LOG_INVC, i64 0, i64 %47
  %49 = load double, ptr %48, align 8
  %50 = insertelement <4 x double> %46, double %49, i64 3
  %51 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %35
  %52 = load double, ptr %51, align 8
  %53 = insertelement <4 x double> undef, double %52, i64 0
  %54 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %39
  %55 = load double, ptr %54, align 8
  %56 = insertelement <4 x double> %53, double %55, i64 1
  %57 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %43
  %58 = load double, ptr %57, align 8
  %59 = insertelement <4 x double> %56, double %58, i64 2
  %60 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_HI, i64 0, i64 %47
  %61 = load double, ptr %60, align 8
  %62 = insertelement <4 x double> %59, double %61, i64 3
  %63 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %35
  %64 = load double, ptr %63, align 8
  %65 = insertelement <4 x double> undef, double %64, i64 0
  %66 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %39
  %67 = load double, ptr %66, align 8
  %68 = insertelement <4 x double> %65, double %67, i64 1
  %69 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %43
  %70 = load double, ptr %69, align 8
  %71 = insertelement <4 x double> %68, double %70, i64 2
  %72 = getelementptr inbounds [128 x double], ptr @LOG_LOGC_LO, i64 0, i64 %47
  %73 = load double, ptr %72, align 8
  %74 = insertelement <4 x double> %71, double %73, i64 3
  %75 = fmul <4 x double> %50, %34
  %76 = fneg <4 x double> %75
  %77 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %34, <4 x double> %50, <4 x double> %76)
  %78 = fadd <4 x double> %75, <double -1.000000e+00, double -1.000000e+00, double -1.000000e+00, double -1.000000e+00>
  %79 = fadd <4 x double> %78, %77
  %80 = fsub <4 x double> %79, %78
  %81 = fsub <4 x double> %77, %80
  %82 = add nsw <4 x i64> %31, <i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448, i64 4843621399236968448>
  %83 = bitcast <4 x i64> %82 to <4 x double>
  %84 = fadd <4 x double> %83, <double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000, double 0xC338000000000000>
  %85 = select <4 x i1> %24, <4 x double> <double -5.400000e+01, double -5.400000e+01, double -5.400000e+01, double -5.400000e+01>, <4 x double> zeroinitializer
  %86 = fadd <4 x double> %85, %84
  %87 = fmul <4 x double> %86, <double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000, double 0x3FE62E42FEE00000>
  %88 = fadd <4 x double> %87, %62
  %89 = fsub <4 x double> %88, %87
  %90 = fsub <4 x double> %62, %89
  %91 = fadd <4 x double> %79, %88
  %92 = fmul <4 x double> %86, <double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76, double 0x3DEA39EF35793C76>
  %93 = fadd <4 x double> %92, %74
  %94 = fadd <4 x double> %90, %93
  %95 = fsub <4 x double> %88, %91
  %96 = fadd <4 x double> %79, %95
  %97 = fmul <4 x double> %79, <double -5.000000e-01, double -5.000000e-01, double -5.000000e-01, double -5.000000e-01>
  %98 = fmul <4 x double> %79, %97
  %99 = fadd <4 x double> %98, %91
  %100 = fneg <4 x double> %98
  %101 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %97, <4 x double> %79, <4 x double> %100)
  %102 = fsub <4 x double> %91, %99
  %103 = fadd <4 x double> %98, %102
  %104 = fmul <4 x double> %79, %79
  %105 = fmul <4 x double> %104, %104
  %106 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %79, <4 x double> <double -2.500000e-01, double -2.500000e-01, double -2.500000e-01, double -2.500000e-01>, <4 x double> <double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555, double 0x3FD5555555555555>)
  %107 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %79, <4 x double> <double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555, double 0xBFC5555555555555>, <4 x double> <double 2.000000e-01, double 2.000000e-01, double 2.000000e-01, double 2.000000e-01>)
  %108 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %79, <4 x double> <double -1.250000e-01, double -1.250000e-01, double -1.250000e-01, double -1.250000e-01>, <4 x double> <double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492, double 0x3FC2492492492492>)
  %109 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %79, <4 x double> <double -1.000000e-01, double -1.000000e-01, double -1.000000e-01, double -1.000000e-01>, <4 x double> <double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C, double 0x3FBC71C71C71C71C>)
  %110 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %109, <4 x double> %104, <4 x double> %108)
  %111 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %107, <4 x double> %104, <4 x double> %106)
  %112 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %110, <4 x double> %105, <4 x double> %111)
  %113 = fmul <4 x double> %79, %104
  %114 = fadd <4 x double> %96, %94
  %115 = fadd <4 x double> %101, %114
  %116 = fadd <4 x double> %103, %115
  %117 = fmul <4 x double> %113, %112
  %118 = fadd <4 x double> %117, %116
  %119 = fsub <4 x double> <double 1.000000e+00, double 1.000000e+00, double 1.000000e+00, double 1.000000e+00>, %79
  %120 = fmul <4 x double> %119, %81
  %121 = fadd <4 x double> %120, %118
  %122 = fadd <4 x double> %99, %121
  %123 = fsub <4 x double> %99, %122
  %124 = fadd <4 x double> %121, %123
  %125 = fmul <4 x double> %122, %23
  %126 = fneg <4 x double> %125
  %127 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %23, <4 x double> %122, <4 x double> %126)
  %128 = fmul <4 x double> %124, %23
  %129 = fadd <4 x double> %127, %128
  %130 = fadd <4 x double> %125, %129
  %131 = fsub <4 x double> %130, %125
  %132 = fsub <4 x double> %129, %131
  %133 = fcmp uno <4 x double> %130, zeroinitializer
  %134 = fcmp ogt <4 x double> %130, <double 7.100000e+02, double 7.100000e+02, double 7.100000e+02, double 7.100000e+02>
  %135 = fcmp olt <4 x double> %130, <double -7.460000e+02, double -7.460000e+02, double -7.460000e+02, double -7.460000e+02>
  %136 = or <4 x i1> %135, %133
  %137 = or <4 x i1> %136, %134
  %138 = bitcast <4 x double> %130 to <4 x i64>
  %139 = xor <4 x i1> %137, <i1 true, i1 true, i1 true, i1 true>
  %140 = sext <4 x i1> %139 to <4 x i64>
  %141 = and <4 x i64> %140, %138
  %142 = bitcast <4 x i64> %141 to <4 x double>
  %143 = fmul <4 x double> %142, <double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE, double 0x40671547652B82FE>
  %144 = tail call <4 x double> @llvm.roundeven.v4f64(<4 x double> %143)
  %145 = fneg <4 x double> %144
  %146 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %145, <4 x double> <double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000, double 0x3F762E42FEE00000>, <4 x double> %142)
  %147 = fmul <4 x double> %144, <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>
  %148 = fneg <4 x double> %147
  %149 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %144, <4 x double> <double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76, double 0x3D7A39EF35793C76>, <4 x double> %148)
  %150 = fsub <4 x double> %146, %147
  %151 = fsub <4 x double> %150, %146
  %152 = fsub <4 x double> %150, %151
  %153 = fsub <4 x double> %146, %152
  %154 = fsub <4 x double> %148, %151
  %155 = fadd <4 x double> %154, %153
  %156 = fsub <4 x double> %155, %149
  %157 = bitcast <4 x double> %132 to <4 x i64>
  %158 = and <4 x i64> %140, %157
  %159 = bitcast <4 x i64> %158 to <4 x double>
  %160 = fadd <4 x double> %156, %159
  %161 = fmul <4 x double> %150, %150
  %162 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %150, <4 x double> <double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555, double 0x3FC5555555555555>, <4 x double> <double 5.000000e-01, double 5.000000e-01, double 5.000000e-01, double 5.000000e-01>)
  %163 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %150, <4 x double> <double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111, double 0x3F81111111111111>, <4 x double> <double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555, double 0x3FA5555555555555>)
  %164 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %161, <4 x double> <double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17, double 0x3F56C16C16C16C17>, <4 x double> %163)
  %165 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %164, <4 x double> %161, <4 x double> %162)
  %166 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %161, <4 x double> %165, <4 x double> %150)
  %167 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %160, <4 x double> %166, <4 x double> %160)
  %168 = fadd <4 x double> %166, %167
  %169 = fadd <4 x double> %144, <double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000, double 0x4338000000000000>
  %170 = bitcast <4 x double> %169 to <4 x i64>
  %171 = add <4 x i64> %170, <i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448, i64 -4843621399236968448>
  %172 = and <4 x i64> %170, <i64 127, i64 127, i64 127, i64 127>
  %173 = lshr <4 x i64> %170, <i64 7, i64 7, i64 7, i64 7>
  %174 = extractelement <4 x i64> %172, i64 0
  %175 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %174
  %176 = load double, ptr %175, align 8
  %177 = insertelement <4 x double> undef, double %176, i64 0
  %178 = extractelement <4 x i64> %172, i64 1
  %179 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %178
  %180 = load double, ptr %179, align 8
  %181 = insertelement <4 x double> %177, double %180, i64 1
  %182 = extractelement <4 x i64> %172, i64 2
  %183 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %182
  %184 = load double, ptr %183, align 8
  %185 = insertelement <4 x double> %181, double %184, i64 2
  %186 = extractelement <4 x i64> %172, i64 3
  %187 = getelementptr inbounds [128 x double], ptr @EXP_T_HI, i64 0, i64 %186
  %188 = load double, ptr %187, align 8
  %189 = insertelement <4 x double> %185, double %188, i64 3
  %190 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %174
  %191 = load double, ptr %190, align 8
  %192 = insertelement <4 x double> undef, double %191, i64 0
  %193 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %178
  %194 = load double, ptr %193, align 8
  %195 = insertelement <4 x double> %192, double %194, i64 1
  %196 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %182
  %197 = load double, ptr %196, align 8
  %198 = insertelement <4 x double> %195, double %197, i64 2
  %199 = getelementptr inbounds [128 x double], ptr @EXP_T_LO, i64 0, i64 %186
  %200 = load double, ptr %199, align 8
  %201 = insertelement <4 x double> %198, double %200, i64 3
  %202 = tail call <4 x double> @llvm.fma.v4f64(<4 x double> %189, <4 x double> %168, <4 x double> %201)
  %203 = fadd <4 x double> %189, %202
  %204 = ashr <4 x i64> %171, <i64 8, i64 8, i64 8, i64 8>
  %205 = shl <4 x i64> %204, <i64 52, i64 52, i64 52, i64 52>
  %206 = add <4 x i64> %205, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %207 = bitcast <4 x i64> %206 to <4 x double>
  %208 = sub nsw <4 x i64> %173, %204
  %209 = shl <4 x i64> %208, <i64 52, i64 52, i64 52, i64 52>
  %210 = add <4 x i64> %209, <i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408, i64 4607182418800017408>
  %211 = bitcast <4 x i64> %210 to <4 x double>
  %212 = fmul <4 x double> %203, %207
  %213 = fmul <4 x double> %212, %211
  %214 = bitcast <4 x double> %213 to <4 x i64>
  %215 = select <4 x i1> %134, <4 x i64> <i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312, i64 9218868437227405312>, <4 x i64> %214
  %216 = fadd <4 x double> %130, %130
  %217 = bitcast <4 x double> %216 to <4 x i64>
  %218 = select <4 x i1> %133, <4 x i64> %217, <4 x i64> zeroinitializer
  %219 = select <4 x i1> %136, <4 x i64> zeroinitializer, <4 x i64> %215
  %220 = or <4 x i64> %219, %218
  %221 = bitcast <4 x i64> %220 to <4 x double>
  %222 = extractelement <4 x i64> %13, i64 0
  %223 = icmp eq i64 %222, 0
  br i1 %223, label %224, label %229

224:                                              ; preds = %2
  %225 = extractelement <4 x double> %0, i64 0
  %226 = extractelement <4 x double> %1, i64 0
  %227 = tail call double @pyir_pow(double noundef %225, double noundef %226)
  %228 = insertelement <4 x double> %221, double %227, i64 0
  br label %229

229:                                              ; preds = %2, %224
  %230 = phi <4 x double> [ %221, %2 ], [ %228, %224 ]
  %231 = extractelement <4 x i64> %13, i64 1
  %232 = icmp eq i64 %231, 0
  br i1 %232, label %233, label %238

233:                                              ; preds = %229
  %234 = extractelement <4 x double> %0, i64 1
  %235 = extractelement <4 x double> %1, i64 1
  %236 = tail call double @pyir_pow(double noundef %234, double noundef %235)
  %237 = insertelement <4 x double> %230, double %236, i64 1
  br label %238

238:                                              ; preds = %233, %229
  %239 = phi <4 x double> [ %230, %229 ], [ %237, %233 ]
  %240 = extractelement <4 x i64> %13, i64 2
  %241 = icmp eq i64 %240, 0
  br i1 %241, label %242, label %247

242:                                              ; preds = %238
  %243 = extractelement <4 x double> %0, i64 2
  %244 = extractelement <4 x double> %1, i64 2
  %245 = tail call double @pyir_pow(double noundef %243, double noundef %244)
  %246 = insertelement <4 x double> %239, double %245, i64 2
  br label %247

247:                                              ; preds = %242, %238
  %248 = phi <4 x double> [ %239, %238 ], [ %246, %242 ]
  %249 = extractelement <4 x i64> %13, i64 3
  %250 = icmp eq i64 %249, 0
  br i1 %250, label %251, label %256

251:                                              ; preds = %247
  %252 = extractelement <4 x double> %0, i64 3
  %253 = extractelement <4 x double> %1, i64 3
  %254 = tail call double @pyir_pow(double noundef %252, double noundef %253)
  %255 = insertelement <4 x double> %248, double %254, i64 3
  br label %256

256:                                              ; preds = %251, %247
  %257 = phi <4 x double> [ %248, %247 ], [ %255, %251 ]
  ret <4 x double> %257
}

; Function Attrs: nofree nosync nounwind memory(none)
define dso_local <8 x float> @pyir_powf_v8(<8 x float> noundef %0, <8 x float> noundef %1) local_unnamed_addr {
  %3 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %4 = fpext <4 x float> %3 to <4 x double>
  %5 = shufflevector <8 x float> %0, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %6 = fpext <4 x float> %5 to <4 x double>
  %7 = shufflevector <8 x float> %1, <8 x float> poison, <4 x i32> <i32 0, i32 1, i32 2, i32 3>
  %8 = fpext <4 x float> %7 to <4 x double>
  %9 = shufflevector <8 x float> %1, <8 x float> poison, <4 x i32> <i32 4, i32 5, i32 6, i32 7>
  %10 = fpext <4 x float> %9 to <4 x double>
  %11 = tail call <4 x double> @pyir_pow_v4(<4 x double> noundef %4, <4 x double> noundef %8)
  %12 = fptrunc <4 x double> %11 to <4 x float>
  %13 = tail call <4 x double> @pyir_pow_v4(<4 x double> noundef %6, <4 x double> noundef %10)
  %14 = fptrunc <4 x double> %13 to <4 x float>
  %15 = shufflevector <4 x float> %12, <4 x float> %14, <8 x i32> <i32 0, i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7>
  ret <8 x float> %15
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.copysign.f64(double, double)

; Function Attrs: nofree noinline nosync nounwind memory(argmem: write)
define internal fastcc i32 @reduce_large(double noundef %0, ptr nocapture noundef writeonly %1, ptr nocapture noundef writeonly %2) unnamed_addr {
  %4 = alloca [12 x i32], align 16
  %5 = bitcast double %0 to i64
  %6 = lshr i64 %5, 52
  %7 = trunc i64 %6 to i32
  %8 = tail call i32 @llvm.smax.i32(i32 %7, i32 1077)
  %9 = add nsw i32 %8, -1077
  %10 = lshr i32 %9, 5
  %11 = add nuw nsw i32 %10, 6
  %12 = zext i32 %11 to i64
  %13 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %12
  %14 = load i32, ptr %13, align 4
  %15 = add nsw i64 %12, -1
  %16 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %15
  %17 = load i32, ptr %16, align 4
  %18 = add nsw i64 %12, -2
  %19 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %18
  %20 = load i32, ptr %19, align 4
  %21 = add nsw i64 %12, -3
  %22 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %21
  %23 = load i32, ptr %22, align 4
  %24 = add nsw i64 %12, -4
  %25 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %24
  %26 = load i32, ptr %25, align 4
  %27 = add nsw i64 %12, -5
  %28 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %27
  %29 = load i32, ptr %28, align 4
  %30 = add nsw i64 %12, -6
  %31 = getelementptr inbounds [44 x i32], ptr @TWO_OVER_PI_BITS, i64 0, i64 %30
  %32 = load i32, ptr %31, align 4
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %4)
  %33 = getelementptr inbounds i8, ptr %4, i64 32
  call void @llvm.memset.p0.i64(ptr noundef nonnull align 16 dereferenceable(48) %33, i8 0, i64 16, i1 false)
  %34 = lshr i64 %5, 32
  %35 = and i64 %34, 1048575
  %36 = and i64 %5, 4294967295
  %37 = zext i32 %14 to i64
  %38 = mul nuw i64 %36, %37
  %39 = trunc i64 %38 to i32
  store i32 %39, ptr %4, align 16
  %40 = lshr i64 %38, 32
  %41 = zext i32 %17 to i64
  %42 = mul nuw i64 %36, %41
  %43 = add nuw i64 %42, %40
  %44 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 1
  %45 = lshr i64 %43, 32
  %46 = zext i32 %20 to i64
  %47 = mul nuw i64 %36, %46
  %48 = add nuw i64 %47, %45
  %49 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 2
  %50 = lshr i64 %48, 32
  %51 = zext i32 %23 to i64
  %52 = mul nuw i64 %36, %51
  %53 = add nuw i64 %52, %50
  %54 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 3
  %55 = lshr i64 %53, 32
  %56 = zext i32 %26 to i64
  %57 = mul nuw i64 %36, %56
  %58 = add nuw i64 %57, %55
  %59 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 4
  %60 = lshr i64 %58, 32
  %61 = zext i32 %29 to i64
  %62 = mul nuw i64 %36, %61
  %63 = add nuw i64 %62, %60
  %64 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 5
  %65 = lshr i64 %63, 32
  %66 = zext i32 %32 to i64
  %67 = mul nuw i64 %36, %66
  %68 = add nuw i64 %67, %65
  %69 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 6
  %70 = lshr i64 %68, 32
  %71 = or i64 %35, 1048576
  %72 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 7
  %73 = mul nuw nsw i64 %71, %37
  %74 = and i64 %43, 4294967295
  %75 = add nuw nsw i64 %74, %73
  %76 = trunc i64 %75 to i32
  store i32 %76, ptr %44, align 4
  %77 = lshr i64 %75, 32
  %78 = mul nuw nsw i64 %71, %41
  %79 = and i64 %48, 4294967295
  %80 = add nuw nsw i64 %77, %79
  %81 = add nuw nsw i64 %80, %78
  %82 = trunc i64 %81 to i32
  store i32 %82, ptr %49, align 8
  %83 = lshr i64 %81, 32
  %84 = mul nuw nsw i64 %71, %46
  %85 = and i64 %53, 4294967295
  %86 = add nuw nsw i64 %83, %85
  %87 = add nuw nsw i64 %86, %84
  %88 = trunc i64 %87 to i32
  store i32 %88, ptr %54, align 4
  %89 = lshr i64 %87, 32
  %90 = mul nuw nsw i64 %71, %51
  %91 = and i64 %58, 4294967295
  %92 = add nuw nsw i64 %89, %91
  %93 = add nuw nsw i64 %92, %90
  %94 = trunc i64 %93 to i32
  store i32 %94, ptr %59, align 16
  %95 = lshr i64 %93, 32
  %96 = mul nuw nsw i64 %71, %56
  %97 = and i64 %63, 4294967295
  %98 = add nuw nsw i64 %95, %97
  %99 = add nuw nsw i64 %98, %96
  %100 = trunc i64 %99 to i32
  store i32 %100, ptr %64, align 4
  %101 = lshr i64 %99, 32
  %102 = mul nuw nsw i64 %71, %61
  %103 = and i64 %68, 4294967295
  %104 = add nuw nsw i64 %101, %103
  %105 = add nuw nsw i64 %104, %102
  %106 = trunc i64 %105 to i32
  store i32 %106, ptr %69, align 8
  %107 = lshr i64 %105, 32
  %108 = mul nuw nsw i64 %71, %66
  %109 = add nuw nsw i64 %107, %70
  %110 = add nuw nsw i64 %109, %108
  %111 = trunc i64 %110 to i32
  store i32 %111, ptr %72, align 4
  %112 = lshr i64 %110, 32
  %113 = and i32 %9, -32
  %114 = trunc i64 %112 to i32
  %115 = getelementptr inbounds [12 x i32], ptr %4, i64 0, i64 8
  store i32 %114, ptr %115, align 16
  %116 = sub nsw i32 %113, %7
  %117 = add nsw i32 %116, 1299
  %118 = ashr i32 %117, 5
  %119 = and i32 %117, 31
  %120 = add nsw i32 %118, 1
  %121 = sext i32 %120 to i64
  %122 = getelementptr inbounds i32, ptr %4, i64 %121
  %123 = load i32, ptr %122, align 4
  %124 = zext i32 %123 to i64
  %125 = shl nuw i64 %124, 32
  %126 = sext i32 %118 to i64
  %127 = getelementptr inbounds i32, ptr %4, i64 %126
  %128 = load i32, ptr %127, align 4
  %129 = zext i32 %128 to i64
  %130 = or i64 %125, %129
  %131 = add nsw i32 %118, 2
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds i32, ptr %4, i64 %132
  %134 = load i32, ptr %133, align 4
  %135 = zext i32 %134 to i64
  %136 = zext i32 %119 to i64
  %137 = lshr i64 %130, %136
  %138 = icmp eq i32 %119, 0
  %139 = sub nuw nsw i32 64, %119
  %140 = zext i32 %139 to i64
  %141 = shl i64 %135, %140
  %142 = select i1 %138, i64 0, i64 %141
  %143 = or i64 %142, %137
  %144 = trunc i64 %143 to i32
  %145 = add nsw i32 %116, 1235
  %146 = ashr i32 %145, 5
  %147 = and i32 %145, 31
  %148 = add nsw i32 %146, 1
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i32, ptr %4, i64 %149
  %151 = load i32, ptr %150, align 4
  %152 = zext i32 %151 to i64
  %153 = shl nuw i64 %152, 32
  %154 = sext i32 %146 to i64
  %155 = getelementptr inbounds i32, ptr %4, i64 %154
  %156 = load i32, ptr %155, align 4
  %157 = zext i32 %156 to i64
  %158 = or i64 %153, %157
  %159 = add nsw i32 %146, 2
  %160 = sext i32 %159 to i64
  %161 = getelementptr inbounds i32, ptr %4, i64 %160
  %162 = load i32, ptr %161, align 4
  %163 = zext i32 %162 to i64
  %164 = zext i32 %147 to i64
  %165 = lshr i64 %158, %164
  %166 = icmp eq i32 %147, 0
  %167 = sub nuw nsw i32 64, %147
  %168 = zext i32 %167 to i64
  %169 = shl i64 %163, %168
  %170 = select i1 %166, i64 0, i64 %169
  %171 = or i64 %170, %165
  %172 = add nsw i32 %116, 1171
  %173 = ashr i32 %172, 5
  %174 = and i32 %172, 31
  %175 = add nsw i32 %173, 1
  %176 = sext i32 %175 to i64
  %177 = getelementptr inbounds i32, ptr %4, i64 %176
  %178 = load i32, ptr %177, align 4
  %179 = zext i32 %178 to i64
  %180 = shl nuw i64 %179, 32
  %181 = sext i32 %173 to i64
  %182 = getelementptr inbounds i32, ptr %4, i64 %181
  %183 = load i32, ptr %182, align 4
  %184 = zext i32 %183 to i64
  %185 = or i64 %180, %184
  %186 = add nsw i32 %173, 2
  %187 = sext i32 %186 to i64
  %188 = getelementptr inbounds i32, ptr %4, i64 %187
  %189 = load i32, ptr %188, align 4
  %190 = zext i32 %189 to i64
  %191 = zext i32 %174 to i64
  %192 = lshr i64 %185, %191
  %193 = icmp eq i32 %174, 0
  %194 = sub nuw nsw i32 64, %174
  %195 = zext i32 %194 to i64
  %196 = shl i64 %190, %195
  %197 = select i1 %193, i64 0, i64 %196
  %198 = or i64 %197, %192
  %199 = lshr i64 %171, 63
  %200 = trunc i64 %199 to i32
  %201 = add i32 %200, %144
  %202 = and i32 %201, 3
  %203 = lshr i64 %171, 32
  %204 = trunc i64 %203 to i32
  %205 = sitofp i32 %204 to double
  %206 = fmul double %205, 0x3DF0000000000000
  %207 = trunc i64 %171 to i32
  %208 = uitofp i32 %207 to double
  %209 = fmul double %208, 0x3BF0000000000000
  %210 = lshr i64 %198, 32
  %211 = trunc i64 %210 to i32
  %212 = uitofp i32 %211 to double
  %213 = fmul double %212, 0x39F0000000000000
  %214 = trunc i64 %198 to i32
  %215 = uitofp i32 %214 to double
  %216 = fmul double %215, 0x37F0000000000000
  %217 = fadd double %216, %213
  %218 = fadd double %209, %206
  %219 = fsub double %218, %206
  %220 = fsub double %218, %219
  %221 = fsub double %206, %220
  %222 = fsub double %209, %219
  %223 = fadd double %222, %221
  %224 = fadd double %217, %223
  %225 = fadd double %218, %224
  %226 = fsub double %225, %218
  %227 = fsub double %224, %226
  %228 = fmul double %225, 0x3FF921FB54442D18
  %229 = fneg double %228
  %230 = tail call double @llvm.fma.f64(double %225, double 0x3FF921FB54442D18, double %229)
  %231 = fmul double %225, 0x3C91A62633145C07
  %232 = fmul double %227, 0x3FF921FB54442D18
  %233 = fadd double %231, %232
  %234 = fadd double %230, %233
  %235 = fadd double %228, %234
  %236 = fsub double %235, %228
  %237 = fsub double %234, %236
  store double %237, ptr %2, align 8
  store double %235, ptr %1, align 8
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %4)
  ret i32 %202
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i64(ptr nocapture writeonly, i8, i64, i1 immarg)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.roundeven.v4f64(<4 x double>)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fma.v4f64(<4 x double>, <4 x double>, <4 x double>)

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <4 x double> @llvm.fabs.v4f64(<4 x double>)

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32)



